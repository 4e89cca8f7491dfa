package mx.bitacora.web.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /commitments/{id}}: the commitment, the log position it was made at, the facts that
 * count toward it and its revisions and withdrawal.
 */
record CommitmentDetail(
    Commitment commitment, Long madePosition, List<Fact> facts, List<Change> changes) {

  CommitmentDetail {
    facts = facts == null ? List.of() : List.copyOf(facts);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  /** A fact about the promise, by its log position; {@code counts} whether it adds up. */
  record Fact(
      Long position,
      String fact,
      LocalDate on,
      BigDecimal amount,
      boolean counts,
      String reference,
      String staffId) {}

  /** A revision or the withdrawal, with its reason. */
  record Change(
      long sequenceNumber,
      String kind,
      String reason,
      Instant recordedAt,
      String actorAgency,
      Long position) {}
}
