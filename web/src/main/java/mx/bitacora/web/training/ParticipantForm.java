package mx.bitacora.web.training;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.bitacora.web.services.FormValues;

/**
 * The forms about one participant of a session, as the person filled them in: enrolment (staff id,
 * agency, role), attendance (staff id) and completion (staff id, hours, certificate reference).
 * Each sends only its own fields.
 */
record ParticipantForm(
    String staffId,
    String agency,
    String role,
    String hoursCompleted,
    String certificateReference,
    String formKey) {

  static ParticipantForm blank() {
    return new ParticipantForm(null, null, null, null, null, null);
  }

  Map<String, Object> enrolment() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("staffId", FormValues.text(staffId));
    body.put("agency", FormValues.text(agency));
    body.put("role", FormValues.text(role));
    return body;
  }

  Map<String, Object> attendance() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("staffId", FormValues.text(staffId));
    return body;
  }

  Map<String, Object> completion() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("staffId", FormValues.text(staffId));
    body.put("hoursCompleted", FormValues.text(hoursCompleted));
    body.put("certificateReference", FormValues.text(certificateReference));
    return body;
  }
}
