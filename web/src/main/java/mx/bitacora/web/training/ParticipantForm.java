package mx.bitacora.web.training;

import java.util.LinkedHashMap;
import java.util.Map;

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
    body.put("staffId", Blank.asNull(staffId));
    body.put("agency", Blank.asNull(agency));
    body.put("role", Blank.asNull(role));
    return body;
  }

  Map<String, Object> attendance() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("staffId", Blank.asNull(staffId));
    return body;
  }

  Map<String, Object> completion() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("staffId", Blank.asNull(staffId));
    body.put("hoursCompleted", Blank.asNull(hoursCompleted));
    body.put("certificateReference", Blank.asNull(certificateReference));
    return body;
  }
}
