package mx.bitacora.web.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.services.FormValues;

/**
 * The form that schedules a session, as the person filled it in: the session's id (chosen when the
 * form is first shown, kept while it is corrected), the optional project, topic, trainer agency,
 * audiences, hours, day, place and capacity. Sent to the service as typed.
 */
record ScheduleForm(
    String trainingSessionId,
    String projectId,
    String topic,
    String trainerAgency,
    List<String> audiences,
    String hours,
    String heldOn,
    String place,
    String capacity,
    String formKey) {

  /** A blank form for a new session, trained by {@code agency} unless the person changes it. */
  static ScheduleForm blank(String agency) {
    return new ScheduleForm(
        UUID.randomUUID().toString(), null, null, agency, List.of(), null, null, null, null, null);
  }

  public boolean audience(String code) {
    return audiences != null && audiences.contains(code);
  }

  /**
   * The body of {@code POST /training-sessions}: the first audience ticked is the session's {@code
   * audience}, all of them its {@code audiences}.
   */
  Map<String, Object> body() {
    List<String> ticked = audiences == null ? List.of() : audiences;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("trainingSessionId", FormValues.text(trainingSessionId));
    body.put("projectId", FormValues.text(projectId));
    body.put("topic", FormValues.text(topic));
    body.put("trainerAgency", FormValues.text(trainerAgency));
    body.put("audience", ticked.isEmpty() ? null : ticked.getFirst());
    body.put("audiences", ticked.isEmpty() ? null : ticked);
    body.put("hours", FormValues.text(hours));
    body.put("heldOn", FormValues.text(heldOn));
    body.put("place", FormValues.text(place));
    body.put("capacity", FormValues.text(capacity));
    return body;
  }
}
