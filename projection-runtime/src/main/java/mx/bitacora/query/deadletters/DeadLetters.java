package mx.bitacora.query.deadletters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.rows.Rows;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The processing groups' dead letters (Axon's JDBC dead-letter queue in {@code
 * read_model.dead_letter_entry}): listed with where each event is in the log, retried through
 * Axon's dead-letter processor once a fix is deployed, or resolved, that is evicted with a reason
 * recorded in {@code integrity.dead_letter_resolution} (append-only) in the same transaction.
 */
@Component
public class DeadLetters {

  private static final String SUMMARY =
      """
      SELECT d.processing_group, d.event_identifier AS event_id, e.global_index AS position,
             substring(e.payload_type FROM '[^.]*$') AS event_type, d.aggregate_type,
             CASE WHEN d.aggregate_type = 'CaseErasure' THEN NULL
                  ELSE d.aggregate_identifier END AS aggregate_id,
             d.sequence_number, d.cause_type AS cause, d.enqueued_at, d.last_touched
        FROM read_model.dead_letter_entry d
        LEFT JOIN event_store.domain_event_entry e ON e.event_identifier = d.event_identifier
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final EventProcessingConfiguration processing;
  private final TransactionTemplate transaction;

  DeadLetters(
      NamedParameterJdbcTemplate jdbc,
      EventProcessingConfiguration processing,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.processing = processing;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The dead letters of {@code group} (every group's if null), in log order, at most 1,000. */
  public List<DeadLetterSummary> list(String group) {
    return jdbc.query(
        SUMMARY
            + " WHERE (CAST(:group AS TEXT) IS NULL OR d.processing_group = :group)"
            + " ORDER BY e.global_index NULLS LAST, d.processing_group LIMIT 1000",
        new MapSqlParameterSource("group", group),
        Rows.of(DeadLetterSummary.class));
  }

  /** How many dead letters each group has (groups with none left out). */
  public Map<String, Long> pendingByGroup() {
    return jdbc
        .query(
            "SELECT processing_group, count(*) AS pending FROM read_model.dead_letter_entry"
                + " GROUP BY processing_group",
            Rows.of(Pending.class))
        .stream()
        .collect(Collectors.toMap(Pending::processingGroup, Pending::pending));
  }

  /**
   * Applies {@code group}'s dead letters again, each sequence once (a letter that fails again
   * stays, with the new failure). Meant for after an upcaster or fix is deployed.
   */
  public RetryOutcome retry(String group) {
    SequencedDeadLetterProcessor<EventMessage<?>> processor =
        processing
            .sequencedDeadLetterProcessor(group)
            .orElseThrow(() -> new RejectedException(DeadLetterProblem.PROCESSING_GROUP_NOT_FOUND));
    long sequences = sequences(group);
    int applied = 0;
    for (long i = 0; i < sequences; i++) {
      if (processor.processAny()) {
        applied++;
      }
    }
    return new RetryOutcome(group, applied, pendingByGroup().getOrDefault(group, 0L));
  }

  /**
   * Sets the dead-lettered event {@code eventId} of {@code group} aside for good: the resolution
   * (who, why) is recorded and the letter evicted, together.
   */
  public DeadLetterResolution resolve(String group, String eventId, String reason, Actor actor) {
    SequencedDeadLetterQueue<EventMessage<?>> queue =
        processing
            .deadLetterQueue(group)
            .orElseThrow(() -> new RejectedException(DeadLetterProblem.PROCESSING_GROUP_NOT_FOUND));
    return transaction.execute(
        status -> {
          DeadLetter<? extends EventMessage<?>> letter =
              find(queue, eventId)
                  .orElseThrow(
                      () -> new RejectedException(DeadLetterProblem.DEAD_LETTER_NOT_FOUND));
          jdbc.update(
              """
              INSERT INTO integrity.dead_letter_resolution (
                  processing_group, event_id, position, resolved_by, resolved_by_agency, reason)
              SELECT :group, :eventId,
                     (SELECT global_index FROM event_store.domain_event_entry
                       WHERE event_identifier = :eventId),
                     :actor, :agency, :reason
              """,
              new MapSqlParameterSource("group", group)
                  .addValue("eventId", eventId)
                  .addValue("actor", actor.userId())
                  .addValue("agency", actor.agency() == null ? null : actor.agency().value())
                  .addValue("reason", reason));
          queue.evict(cast(letter));
          return resolutionsOf(List.of(eventId)).get(0);
        });
  }

  /** The resolutions recorded for events at {@code positions}, by position. */
  public Map<Long, DeadLetterResolution> resolutionsAt(Collection<Long> positions) {
    if (positions.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .query(
            "SELECT * FROM integrity.dead_letter_resolution WHERE position IN (:positions)"
                + " ORDER BY resolved_at",
            new MapSqlParameterSource("positions", positions),
            Rows.of(DeadLetterResolution.class))
        .stream()
        .collect(
            Collectors.toMap(DeadLetterResolution::position, Function.identity(), (a, b) -> b));
  }

  private List<DeadLetterResolution> resolutionsOf(List<String> eventIds) {
    return jdbc.query(
        "SELECT * FROM integrity.dead_letter_resolution WHERE event_id IN (:ids)",
        new MapSqlParameterSource("ids", eventIds),
        Rows.of(DeadLetterResolution.class));
  }

  private long sequences(String group) {
    Long count =
        jdbc.queryForObject(
            "SELECT count(DISTINCT sequence_identifier) FROM read_model.dead_letter_entry"
                + " WHERE processing_group = :group",
            new MapSqlParameterSource("group", group),
            Long.class);
    return count == null ? 0 : count;
  }

  private static Optional<DeadLetter<? extends EventMessage<?>>> find(
      SequencedDeadLetterQueue<EventMessage<?>> queue, String eventId) {
    for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
      for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
        if (eventId.equals(letter.message().getIdentifier())) {
          return Optional.of(letter);
        }
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static DeadLetter<EventMessage<?>> cast(DeadLetter<? extends EventMessage<?>> letter) {
    return (DeadLetter<EventMessage<?>>) letter;
  }

  /** How many dead letters a processing group has. */
  private record Pending(String processingGroup, long pending) {}
}
