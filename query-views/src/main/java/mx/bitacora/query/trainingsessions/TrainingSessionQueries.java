package mx.bitacora.query.trainingsessions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.bitacora.events.training.TrainingSessionId;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.platform.security.Role;
import mx.bitacora.query.history.EventHistory;
import mx.bitacora.query.rows.Rows;
import mx.bitacora.query.trainingsessions.TrainingSessionView.Fact;
import mx.bitacora.query.trainingsessions.TrainingSessionView.Participant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a training session from the view in one snapshot (repeatable read), to whom may see it:
 * the commission and the trainer's agency everything; the agency a participant was enrolled for its
 * own participants' facts, without the history; anyone else "not found", as for a session that does
 * not exist.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class TrainingSessionQueries {

  private final NamedParameterJdbcTemplate jdbc;
  private final EventHistory history;

  TrainingSessionQueries(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.history =
        new EventHistory(
            jdbc, json, TrainingSessionTables.HISTORY, TrainingSessionTables.HISTORY_ID);
  }

  /** The session's row as scheduled (and cancelled). */
  record Scheduled(
      String trainingSessionId,
      String projectId,
      String topic,
      String trainerAgency,
      List<String> audiences,
      BigDecimal hours,
      LocalDate heldOn,
      String place,
      int capacity,
      String cancelReason) {}

  TrainingSessionView answer(TrainingSessionId sessionId, Actor actor) {
    if (!actor.seesAllAgencies() && !actor.has(Role.AGENCY_STAFF)) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    MapSqlParameterSource session = new MapSqlParameterSource("sessionId", sessionId.value());
    Scheduled scheduled =
        jdbc
            .query(
                "SELECT * FROM training_session_detail WHERE training_session_id = :sessionId",
                session,
                Rows.of(Scheduled.class))
            .stream()
            .findFirst()
            .orElseThrow(() -> notFound(sessionId));
    boolean seesAll =
        actor.seesAllAgencies() || scheduled.trainerAgency().equals(actor.agency().value());
    List<Fact> facts = facts(session, seesAll ? null : actor.agency().value());
    if (!seesAll && facts.isEmpty()) {
      throw notFound(sessionId); // no participant of theirs: the session is not theirs to see
    }
    return new TrainingSessionView(
        scheduled.trainingSessionId(),
        scheduled.projectId(),
        scheduled.topic(),
        scheduled.trainerAgency(),
        scheduled.audiences(),
        scheduled.hours(),
        scheduled.heldOn(),
        scheduled.place(),
        scheduled.capacity(),
        scheduled.cancelReason() != null,
        scheduled.cancelReason(),
        participants(facts),
        facts,
        seesAll ? history.of(sessionId.value()) : null);
  }

  /** The session's facts, in the order recorded; of {@code agency}'s participants only if named. */
  private List<Fact> facts(MapSqlParameterSource session, String agency) {
    String onlyTheirs =
        agency == null
            ? ""
            : " AND staff_id IN (SELECT e.staff_id FROM training_session_fact e"
                + " WHERE e.training_session_id = :sessionId AND e.kind = 'ENROLMENT'"
                + " AND e.agency = :agency)";
    return jdbc.query(
        "SELECT * FROM training_session_fact WHERE training_session_id = :sessionId"
            + onlyTheirs
            + " ORDER BY sequence_number",
        new MapSqlParameterSource(session.getValues()).addValue("agency", agency),
        Rows.of(Fact.class));
  }

  /** Each person enrolled, with what stands of their attendance and their latest completion. */
  private static List<Participant> participants(List<Fact> facts) {
    Map<String, List<Fact>> byPerson = facts.stream().collect(Collectors.groupingBy(Fact::staffId));
    List<Participant> participants = new ArrayList<>();
    for (Fact enrolment : facts) {
      if (!enrolment.kind().equals("ENROLMENT")) {
        continue;
      }
      List<Fact> theirs = byPerson.get(enrolment.staffId());
      Optional<Fact> completion =
          standing(theirs, "COMPLETION").max(Comparator.comparingLong(Fact::sequenceNumber));
      participants.add(
          new Participant(
              enrolment.staffId(),
              enrolment.agency(),
              enrolment.role(),
              standing(theirs, "ATTENDANCE").findAny().isPresent(),
              completion.map(Fact::hoursCompleted).orElse(null),
              completion.map(Fact::certificateReference).orElse(null)));
    }
    return participants;
  }

  private static Stream<Fact> standing(List<Fact> facts, String kind) {
    return facts.stream().filter(fact -> fact.kind().equals(kind) && fact.stands());
  }

  private static RejectedException notFound(TrainingSessionId sessionId) {
    return new RejectedException(TrainingSessionsProblem.TRAINING_SESSION_NOT_FOUND, sessionId);
  }
}
