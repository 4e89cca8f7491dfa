package mx.bitacora.query.reviewreports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.bitacora.events.review.ReviewId;
import mx.bitacora.events.review.ReviewReportIssuedEvent;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.request.RequestId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.exports.PdfDocument;
import mx.bitacora.query.integrity.EventLogCheckpoints;
import mx.bitacora.query.integrity.EventLogCheckpoints.CheckedCheckpoint;
import mx.bitacora.query.readyourwrites.ProcessedPositions;
import mx.bitacora.query.reviews.ReportIssuance;
import mx.bitacora.query.reviews.ReportIssuanceTable;
import mx.bitacora.query.reviews.ReviewsProblem;
import mx.bitacora.query.reviews.ReviewsQueries;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Issues review reports and verifies report files. A report is computed as of the newest signed
 * checkpoint ({@link ReportContents}), printed, and handed out only once its issuance — the file's
 * SHA-256 and that of its figures — is recorded as an event. A file is verified by finding its hash
 * among the issuances, checking the checkpoint's signature, and recomputing the figures.
 */
@Service
class ReviewReports {

  /**
   * Each issuance is the only event of a stream of this type (the query role may append no other).
   */
  static final String STREAM_TYPE = "ReviewReport";

  private static final Duration REGISTER_WAIT = Duration.ofSeconds(5);
  private static final Duration REGISTER_POLL = Duration.ofMillis(50);

  private final ReportContents contents;
  private final ObjectProvider<EventLogCheckpoints> checkpoints;
  private final ReviewsQueries reviews;
  private final ReportIssuanceTable issuances;
  private final ProcessedPositions processed;
  private final EventGateway events;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final JdbcTemplate jdbc;

  ReviewReports(
      ReportContents contents,
      ObjectProvider<EventLogCheckpoints> checkpoints,
      ReviewsQueries reviews,
      ReportIssuanceTable issuances,
      ProcessedPositions processed,
      EventGateway events,
      ObjectMapper json,
      MessageSource messages,
      JdbcTemplate jdbc) {
    this.contents = contents;
    this.checkpoints = checkpoints;
    this.reviews = reviews;
    this.issuances = issuances;
    this.processed = processed;
    this.events = events;
    this.json = json;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  IssuedReport issue(ReviewId reviewId, ReportFormat format, Locale locale, Actor actor) {
    if (!reviews.exists(reviewId)) {
      throw new RejectedException(ReviewsProblem.REVIEW_NOT_FOUND, reviewId);
    }
    CheckedCheckpoint checkpoint =
        checkpoints()
            .latest()
            .orElseThrow(() -> new RejectedException(ReportsProblem.REPORT_AWAITING_CHECKPOINT));
    LocalDate statusesOn = contents.statusesOn(checkpoint);
    ReviewReport report =
        contents
            .asOf(reviewId, checkpoint, statusesOn)
            .orElseThrow(() -> new RejectedException(ReportsProblem.REPORT_AWAITING_CHECKPOINT));
    byte[] figures = figures(report);
    String language = language(locale);
    byte[] file =
        switch (format) {
          case JSON -> figures;
          case CSV -> ReportCsv.print(report, layout(language));
          case PDF -> pdf(report, layout(language));
        };
    String sha256 = sha256(file);
    long position = checkpoint.checkpoint().position();
    // Recorded before it is handed out: a report whose issuance is not on record is never given.
    events.publish(
        new GenericDomainEventMessage<>(
            STREAM_TYPE,
            UUID.randomUUID().toString(),
            0L,
            new ReviewReportIssuedEvent(
                reviewId, position, statusesOn, format.name(), language, sha256, sha256(figures)),
            origin(actor)));
    return new IssuedReport(file, format, sha256, position);
  }

  ReportVerification verify(byte[] file, Locale locale) {
    if (file.length == 0) {
      throw new RejectedException(ReportsProblem.REPORT_FILE_EMPTY);
    }
    EventLogCheckpoints signed = checkpoints();
    String sha256 = sha256(file);
    Optional<ReportIssuance> found = issuances.findBySha256(sha256);
    if (found.isEmpty()) {
      awaitRegisterAtHead();
      found = issuances.findBySha256(sha256);
    }
    if (found.isEmpty()) {
      return new ReportVerification(
          false,
          sha256,
          false,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          text(locale, "notIssued"));
    }
    ReportIssuance issuance = found.get();
    Optional<CheckedCheckpoint> checkpoint = signed.at(issuance.asOfPosition());
    boolean genuine = checkpoint.map(CheckedCheckpoint::genuine).orElse(false);
    boolean figuresAgree =
        genuine
            && contents
                .asOf(new ReviewId(issuance.reviewId()), checkpoint.get(), issuance.statusesOn())
                .map(report -> sha256(figures(report)).equals(issuance.contentSha256()))
                .orElse(false);
    String position = String.valueOf(issuance.asOfPosition());
    String summary =
        !genuine
            ? text(locale, "checkpointNotGenuine", position)
            : figuresAgree ? text(locale, "verified") : text(locale, "figuresDisagree", position);
    return new ReportVerification(
        genuine && figuresAgree,
        sha256,
        true,
        issuance.reviewId(),
        issuance.asOfPosition(),
        issuance.issuedPosition(),
        issuance.issuedAt(),
        issuance.format(),
        issuance.language(),
        genuine,
        checkpoint.map(c -> c.checkpoint().keyId()).orElse(null),
        checkpoint.map(c -> c.checkpoint().chainHash()).orElse(null),
        genuine ? figuresAgree : null,
        summary);
  }

  /** The signed checkpoints; absent where the log is not sealed (the axonserver profile). */
  private EventLogCheckpoints checkpoints() {
    EventLogCheckpoints available = checkpoints.getIfAvailable();
    if (available == null) {
      throw new RejectedException(ReportsProblem.REPORTS_NOT_AVAILABLE);
    }
    return available;
  }

  private static byte[] pdf(ReviewReport report, ReportLayout layout) {
    return PdfDocument.print(
        layout.text("title"),
        report.review().title(),
        report.review().reviewId().toString(),
        layout.sections(report));
  }

  private ReportLayout layout(String language) {
    return new ReportLayout(messages, Locale.forLanguageTag(language));
  }

  /** The report's figures: its JSON, the bytes a JSON report is and whose hash is recomputed. */
  private byte[] figures(ReviewReport report) {
    try {
      return json.writeValueAsBytes(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report is always serializable", e);
    }
  }

  /**
   * Waits (at most {@link #REGISTER_WAIT}) until the register of issuances has read the whole log,
   * so that a file not found in it was certainly never issued; else 503.
   */
  private void awaitRegisterAtHead() {
    long head = logHead();
    long deadline = System.nanoTime() + REGISTER_WAIT.toNanos();
    while (!processed.processed(ProcessingGroups.REVIEWS, head)) {
      if (System.nanoTime() > deadline) {
        throw new RejectedException(ReportsProblem.REPORT_REGISTER_BEHIND);
      }
      try {
        Thread.sleep(REGISTER_POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RejectedException(ReportsProblem.REPORT_REGISTER_BEHIND);
      }
    }
  }

  private long logHead() {
    Long head =
        jdbc.queryForObject(
            "SELECT coalesce(max(global_index), 0) FROM event_store.domain_event_entry",
            Long.class);
    return head == null ? 0 : head;
  }

  private String text(Locale locale, String key, Object... arguments) {
    return messages.getMessage("report.verification." + key, arguments, locale);
  }

  /** Spanish unless English was asked for, as every answer of the platform. */
  static String language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? "en" : "es";
  }

  private static Map<String, String> origin(Actor actor) {
    Map<String, String> origin = new HashMap<>();
    origin.put("actor", actor.userId());
    if (actor.agency() != null) {
      origin.put("actorAgency", actor.agency().value());
    }
    origin.put(
        "actorRoles",
        actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    RequestId.current().ifPresent(id -> origin.put("requestId", id));
    return origin;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
