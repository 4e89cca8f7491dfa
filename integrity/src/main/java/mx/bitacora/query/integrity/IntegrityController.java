package mx.bitacora.query.integrity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.query.readyourwrites.FedBy;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the signed checkpoints and the signing public key to every signed-in user, so each
 * agency can keep its own copies; lets commission auditors verify the whole log, optionally against
 * checkpoints kept outside the database. Absent, like the sealer, under the {@code axonserver}
 * profile.
 */
@RestController
// Reads the event table and the seal chain directly; no processor feeds it (docs/query-side.md).
@FedBy({})
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@Problem(
    status = 404,
    codes = {"NO_CHECKPOINT_YET"})
@Problem(
    status = 422,
    codes = {"CHECKPOINT_NOT_GENUINE", "CHECKPOINT_OF_ANOTHER_LOG"})
class IntegrityController {

  private final IntegrityQueries queries;
  private final MessageSource messages;

  IntegrityController(IntegrityQueries queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  @GetMapping("/integrity/public-key")
  @Operation(summary = "Read the public key that signs the published checkpoints")
  public IntegrityQueries.PublicKey publicKey() {
    return queries.publicKey();
  }

  @GetMapping("/integrity/checkpoints")
  @Operation(summary = "Page through the event log's signed checkpoints")
  public Checkpoints eventLogCheckpoints(
      @RequestParam(defaultValue = "0") @Min(0) long after,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return new Checkpoints(queries.checkpointsAfter(Chain.EVENT_LOG, after, limit));
  }

  @GetMapping("/integrity/access-log/checkpoints")
  @Operation(summary = "Page through the access log's signed checkpoints")
  public Checkpoints accessLogCheckpoints(
      @RequestParam(defaultValue = "0") @Min(0) long after,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return new Checkpoints(queries.checkpointsAfter(Chain.ACCESS_LOG, after, limit));
  }

  @GetMapping("/integrity/checkpoints/latest")
  @Operation(summary = "Read the event log's latest signed checkpoint")
  public PublishedCheckpoint latestEventLogCheckpoint() {
    return queries.latestCheckpoint(Chain.EVENT_LOG);
  }

  @GetMapping("/integrity/access-log/checkpoints/latest")
  @Operation(summary = "Read the access log's latest signed checkpoint")
  public PublishedCheckpoint latestAccessLogCheckpoint() {
    return queries.latestCheckpoint(Chain.ACCESS_LOG);
  }

  @GetMapping("/integrity/verification")
  @PreAuthorize("hasRole('COMMISSION_AUDITOR')")
  @Operation(summary = "Verify the event log's seal chain against its published checkpoints")
  public Verification verifyEventLog() {
    return describe(queries.verify(Chain.EVENT_LOG, List.of()));
  }

  @PostMapping("/integrity/verification")
  @PreAuthorize("hasRole('COMMISSION_AUDITOR')")
  @Operation(summary = "Verify the event log's seal chain against checkpoints the caller kept")
  public Verification verifyEventLogAgainst(@RequestBody @Valid KeptCheckpoints kept) {
    return describe(queries.verify(Chain.EVENT_LOG, kept.checkpoints()));
  }

  @GetMapping("/integrity/access-log/verification")
  @PreAuthorize("hasRole('COMMISSION_AUDITOR')")
  @Operation(summary = "Verify the access log's seal chain against its published checkpoints")
  public Verification verifyAccessLog() {
    return describe(queries.verify(Chain.ACCESS_LOG, List.of()));
  }

  @PostMapping("/integrity/access-log/verification")
  @PreAuthorize("hasRole('COMMISSION_AUDITOR')")
  @Operation(summary = "Verify the access log's seal chain against checkpoints the caller kept")
  public Verification verifyAccessLogAgainst(@RequestBody @Valid KeptCheckpoints kept) {
    return describe(queries.verify(Chain.ACCESS_LOG, kept.checkpoints()));
  }

  private Verification describe(VerificationReport report) {
    Locale locale = LocaleContextHolder.getLocale();
    String summary =
        report.intact()
            ? messages.getMessage(
                "integrity.INTACT", new Object[] {report.verifiedThrough()}, locale)
            : messages.getMessage(
                "integrity." + report.discrepancy().kind(),
                new Object[] {
                  report.discrepancy().position(),
                  Objects.requireNonNullElse(report.discrepancy().lastMatchingCheckpoint(), 0L)
                },
                locale);
    return new Verification(report, summary);
  }

  /** A page of checkpoints, oldest first. */
  record Checkpoints(List<PublishedCheckpoint> checkpoints) {}

  /** Checkpoints an agency kept, to check that the log still extends them. */
  record KeptCheckpoints(
      @NotNull @Size(max = 1000) List<@Valid @NotNull PublishedCheckpoint> checkpoints) {}

  /** A verification report with a sentence saying what it found, in the caller's language. */
  record Verification(@JsonUnwrapped VerificationReport report, String summary) {}
}
