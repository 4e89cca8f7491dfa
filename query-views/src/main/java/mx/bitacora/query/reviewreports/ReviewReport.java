package mx.bitacora.query.reviewreports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.bitacora.query.commitments.CommitmentSummary;
import mx.bitacora.query.reviews.ReviewDetail;
import mx.bitacora.query.reviews.ReviewSummary;

/**
 * What a review report states, in any format and language: the review (scope, status, conclusion,
 * finding counts), its criteria, the commitments in its scope (referral counts below 5 as "<5"),
 * its findings with their evidence and answers, all with statuses on {@code statusesOn}; and where
 * in the log it was computed. As JSON it is the report's figures, whose SHA-256 an issuance records
 * and a verification recomputes: nothing in it depends on when or by whom it was asked.
 */
public record ReviewReport(
    String version,
    ReviewSummary review,
    List<ReviewDetail.Criterion> criteria,
    List<CommitmentSummary> commitments,
    List<ReviewDetail.Finding> findings,
    LocalDate statusesOn,
    Integrity integrity) {

  static final String VERSION = "bitacora-review-report-v1";

  /**
   * The log position the report was computed at, the chain's hash there, and the signed checkpoint
   * of that position: when it was signed, by which key (the first 8 bytes of its SHA-256, in hex),
   * the signature (base64), so that anyone holding the platform's public key can check it.
   */
  public record Integrity(
      long position,
      String chainHash,
      Instant checkpointSignedAt,
      String keyId,
      String signature) {}
}
