package mx.bitacora.query.commitments;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.CommitmentTerms;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.commitment.ReferralAnswerTerms;
import mx.bitacora.events.commitment.TrainingTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.tracking.RecordedEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes commitments and their revisions and withdrawals, and recomputes their figures from the
 * facts this projection keeps ({@link CommitmentFactsTable}). A commitment is inserted once; a
 * revision or withdrawal applies only above the row's last sequence number; a figure is always
 * recomputed from all the facts, never incremented, so neither a replay nor the order facts arrive
 * in changes it.
 */
@Repository
class CommitmentTable {

  /** What the facts achieved, per kind; each ANDed with a condition choosing the commitments. */
  private static final String REFRESH_DELIVERIES =
      """
      UPDATE commitment c SET achieved = coalesce((
          SELECT sum(coalesce(l.received, l.planned))
          FROM commitment_delivery d JOIN commitment_delivery_line l USING (delivery_id)
          WHERE d.shelter_id = c.shelter_id AND NOT d.voided
            AND d.received_on BETWEEN c.counts_from AND c.due_on
            AND l.item_key = c.item_key AND l.unit_key = c.unit_key), 0)
      WHERE c.kind = 'DELIVERY' AND\s""";

  private static final String REFRESH_TRAINING =
      """
      UPDATE commitment c SET achieved = (
          SELECT count(DISTINCT p.staff_id)
          FROM commitment_training_participant p JOIN commitment_training_session s
            USING (training_session_id)
          WHERE p.agency = c.trainee_agency AND p.completed AND NOT s.cancelled
            AND c.audience = ANY (coalesce(s.audiences, ARRAY[s.audience])) AND s.held_on BETWEEN c.counts_from AND c.due_on)
      WHERE c.kind = 'TRAINING' AND\s""";

  private static final String REFRESH_ANSWERS =
      """
      UPDATE commitment c SET
          promised = (
              SELECT count(*) FROM commitment_referral r
              WHERE r.receiving_agency = ANY (c.committing_agencies) AND NOT r.withdrawn
                AND r.issued_on BETWEEN c.counts_from AND c.due_on),
          achieved = (
              SELECT count(*) FROM commitment_referral r
              WHERE r.receiving_agency = ANY (c.committing_agencies) AND NOT r.withdrawn
                AND r.issued_on BETWEEN c.counts_from AND c.due_on
                AND r.answered AND NOT r.escalated)
      WHERE c.kind = 'REFERRAL_ANSWERS' AND\s""";

  private final NamedParameterJdbcTemplate jdbc;

  CommitmentTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void recordMade(CommitmentMadeEvent made, RecordedEvent recorded) {
    MapSqlParameterSource parameters =
        applying(made.commitmentId(), recorded)
            .addValue("kind", made.terms().kind().name())
            .addValue("committing", agencies(made.committingAgencies()))
            .addValue("projectId", made.projectId() == null ? null : made.projectId().value())
            .addValue("madeOn", made.madeOn())
            .addValue("position", recorded.globalPosition());
    terms(parameters, made.terms(), made.madeOn());
    jdbc.update(
        """
        INSERT INTO commitment (
            commitment_id, kind, committing_agencies, project_id, shelter_id, shelter_agency, item,
            unit, item_key, unit_key, trainee_agency, audience, counts_from, due_on, made_on,
            promised, made_at, made_position, updated_at, last_sequence)
        VALUES (
            :commitmentId, :kind, :committing, :projectId, :shelterId, :shelterAgency, :item,
            :unit, :itemKey, :unitKey, :traineeAgency, :audience, :countsFrom, :dueOn, :madeOn,
            :promised, :recordedAt, :position, :recordedAt, :sequence)
        ON CONFLICT (commitment_id) DO NOTHING
        """,
        parameters);
    refresh(made.commitmentId());
  }

  void recordRevised(
      CommitmentId commitmentId, CommitmentTerms terms, String reason, RecordedEvent recorded) {
    LocalDate madeOn =
        jdbc
            .query(
                "SELECT made_on FROM commitment WHERE commitment_id = :commitmentId",
                new MapSqlParameterSource("commitmentId", commitmentId.value()),
                (row, i) -> row.getObject(1, LocalDate.class))
            .stream()
            .findFirst()
            .orElse(null);
    if (madeOn == null) {
      return;
    }
    MapSqlParameterSource parameters = applying(commitmentId, recorded).addValue("reason", reason);
    terms(parameters, terms, madeOn);
    int changed =
        jdbc.update(
            """
            UPDATE commitment SET
                shelter_id = :shelterId, shelter_agency = :shelterAgency, item = :item,
                unit = :unit, item_key = :itemKey, unit_key = :unitKey,
                trainee_agency = :traineeAgency, audience = :audience, counts_from = :countsFrom,
                due_on = :dueOn, promised = :promised, revisions = revisions + 1,
                revision_reason = :reason, updated_at = :recordedAt, last_sequence = :sequence
            WHERE commitment_id = :commitmentId AND last_sequence < :sequence
            """,
            parameters);
    if (changed > 0) {
      recordChange(commitmentId, "REVISION", reason, recorded);
      refresh(commitmentId);
    }
  }

  void recordWithdrawn(CommitmentId commitmentId, String reason, RecordedEvent recorded) {
    int changed =
        jdbc.update(
            """
            UPDATE commitment SET withdrawn = TRUE, withdrawal_reason = :reason,
                updated_at = :recordedAt, last_sequence = :sequence
            WHERE commitment_id = :commitmentId AND last_sequence < :sequence
            """,
            applying(commitmentId, recorded).addValue("reason", reason));
    if (changed > 0) {
      recordChange(commitmentId, "WITHDRAWAL", reason, recorded);
    }
  }

  private void recordChange(
      CommitmentId commitmentId, String kind, String reason, RecordedEvent recorded) {
    jdbc.update(
        """
        INSERT INTO commitment_change (
            commitment_id, sequence_number, kind, reason, recorded_at, actor_agency,
            global_position)
        VALUES (:commitmentId, :sequence, :kind, :reason, :recordedAt, :actorAgency, :position)
        ON CONFLICT DO NOTHING
        """,
        applying(commitmentId, recorded)
            .addValue("kind", kind)
            .addValue("reason", Objects.requireNonNullElse(reason, ""))
            .addValue("actorAgency", recorded.actorAgency())
            .addValue("position", recorded.globalPosition()));
  }

  /** Recomputes one commitment's figures. */
  void refresh(CommitmentId commitmentId) {
    MapSqlParameterSource id = new MapSqlParameterSource("commitmentId", commitmentId.value());
    String condition = "c.commitment_id = :commitmentId";
    jdbc.update(REFRESH_DELIVERIES + condition, id);
    jdbc.update(REFRESH_TRAINING + condition, id);
    jdbc.update(REFRESH_ANSWERS + condition, id);
  }

  /** Recomputes the delivery commitments to {@code shelterId}. */
  void refreshDeliveriesTo(String shelterId) {
    jdbc.update(
        REFRESH_DELIVERIES + "c.shelter_id = :shelterId",
        new MapSqlParameterSource("shelterId", shelterId));
  }

  /** Recomputes the training commitments for {@code agency}'s staff. */
  void refreshTrainingOf(String agency) {
    jdbc.update(
        REFRESH_TRAINING + "c.trainee_agency = :agency",
        new MapSqlParameterSource("agency", agency));
  }

  /** Recomputes the referral-answer commitments of {@code agency}. */
  void refreshAnswersOf(String agency) {
    jdbc.update(
        REFRESH_ANSWERS + ":agency = ANY (c.committing_agencies)",
        new MapSqlParameterSource("agency", agency));
  }

  private static void terms(
      MapSqlParameterSource parameters, CommitmentTerms terms, LocalDate madeOn) {
    parameters
        .addValue("shelterId", null)
        .addValue("shelterAgency", null)
        .addValue("item", null)
        .addValue("unit", null)
        .addValue("itemKey", null)
        .addValue("unitKey", null)
        .addValue("traineeAgency", null)
        .addValue("audience", null)
        .addValue("dueOn", terms.dueOn());
    switch (terms) {
      case DeliveryTerms delivery ->
          parameters
              .addValue("shelterId", delivery.shelter().value())
              .addValue("shelterAgency", delivery.shelterAgency().value())
              .addValue("item", delivery.item())
              .addValue("unit", delivery.unit())
              .addValue("itemKey", ItemKey.of(delivery.item()))
              .addValue("unitKey", ItemKey.of(delivery.unit()))
              .addValue("countsFrom", madeOn)
              .addValue("promised", delivery.quantity());
      case TrainingTerms training ->
          parameters
              .addValue("traineeAgency", training.traineeAgency().value())
              .addValue("audience", training.audience().name())
              .addValue("countsFrom", madeOn)
              .addValue("promised", BigDecimal.valueOf(training.staff()));
      case ReferralAnswerTerms answers ->
          parameters
              .addValue("countsFrom", answers.startsOn())
              .addValue("promised", BigDecimal.ZERO);
    }
  }

  private Array agencies(List<AgencyId> agencies) {
    String[] slugs = agencies.stream().map(AgencyId::value).toArray(String[]::new);
    return jdbc.getJdbcTemplate()
        .execute(
            (ConnectionCallback<Array>) connection -> connection.createArrayOf("varchar", slugs));
  }

  private static MapSqlParameterSource applying(CommitmentId commitmentId, RecordedEvent recorded) {
    return new MapSqlParameterSource("commitmentId", commitmentId.value())
        .addValue("recordedAt", OffsetDateTime.ofInstant(recorded.recordedAt(), ZoneOffset.UTC))
        .addValue("sequence", recorded.sequenceNumber());
  }
}
