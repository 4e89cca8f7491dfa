package mx.bitacora.query.reviewreports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.bitacora.query.commitments.CommitmentSummary;
import mx.bitacora.query.exports.ExportTable;
import mx.bitacora.query.reviews.FindingCounts;
import mx.bitacora.query.reviews.ReviewDetail;
import mx.bitacora.query.reviews.ReviewScopeView;
import mx.bitacora.query.reviews.ReviewSummary;
import org.springframework.context.MessageSource;

/**
 * Lays a report out as the sections the PDF and the CSV both print, worded in one language (the
 * {@code report.*} messages): the review, its criteria, the commitments in scope, each finding, the
 * conclusion and the integrity section. Every value is shown as the report holds it.
 */
final class ReportLayout {

  private final MessageSource messages;
  private final Locale locale;

  ReportLayout(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  String text(String key, Object... arguments) {
    return messages.getMessage("report." + key, arguments, locale);
  }

  List<ExportTable> sections(ReviewReport report) {
    List<ExportTable> sections = new ArrayList<>();
    sections.add(review(report));
    sections.add(criteria(report));
    sections.add(commitments(report));
    for (int i = 0; i < report.findings().size(); i++) {
      sections.add(finding(i + 1, report.findings().get(i)));
    }
    sections.add(conclusion(report.review()));
    sections.add(integrity(report.integrity()));
    return sections;
  }

  private ExportTable review(ReviewReport report) {
    ReviewSummary review = report.review();
    ReviewScopeView scope = review.scope();
    FindingCounts counts = review.findings();
    return fields(
        "section.review",
        field("review.title", review.title()),
        field("review.id", review.reviewId().toString()),
        field("review.status", value(review.status())),
        field("review.openedOn", date(review.openedOn())),
        field("review.concludedOn", date(review.concludedOn())),
        field("review.agencies", String.join(", ", scope.agencies())),
        field("review.project", scope.projectId() == null ? "" : scope.projectId().toString()),
        field("review.shelter", Objects.toString(scope.shelterId(), "")),
        field("review.period", date(scope.from()) + " – " + date(scope.to())),
        field(
            "review.findings",
            text(
                "review.findingCounts",
                String.valueOf(counts.total()),
                String.valueOf(counts.awaitingResponse()),
                String.valueOf(counts.overdue()),
                String.valueOf(counts.answered()),
                String.valueOf(counts.accepted()),
                String.valueOf(counts.escalated()))),
        field("review.statusesOn", date(report.statusesOn())));
  }

  private ExportTable criteria(ReviewReport report) {
    return new ExportTable(
        text("section.criteria"),
        List.of(text("criterion.code"), text("criterion.description")),
        report.criteria().stream()
            .map(criterion -> List.of(criterion.code(), criterion.description()))
            .toList(),
        false);
  }

  private ExportTable commitments(ReviewReport report) {
    List<List<String>> rows =
        report.commitments().stream().map(this::commitmentRow).collect(Collectors.toList());
    if (rows.isEmpty()) {
      rows.add(List.of(text("commitment.none"), "", "", "", "", "", "", ""));
    }
    return new ExportTable(
        text("section.commitments") + " — " + text("note.smallCounts"),
        List.of(
            text("commitment.id"),
            text("commitment.kind"),
            text("commitment.committing"),
            text("commitment.what"),
            text("commitment.window"),
            text("commitment.promised"),
            text("commitment.achieved"),
            text("commitment.status")),
        rows,
        false);
  }

  private List<String> commitmentRow(CommitmentSummary commitment) {
    String what =
        switch (commitment.kind()) {
          case DELIVERY ->
              commitment.item() + " (" + commitment.unit() + ") · " + commitment.shelterId();
          case TRAINING -> commitment.traineeAgency() + " · " + commitment.audience();
          case REFERRAL_ANSWERS -> text("value.REFERRAL_ANSWERS");
        };
    return List.of(
        commitment.commitmentId().toString(),
        value(commitment.kind()),
        String.join(", ", commitment.committingAgencies()),
        what,
        date(commitment.countsFrom()) + " – " + date(commitment.dueOn()),
        commitment.promisedShown(),
        commitment.achievedShown(),
        value(commitment.status()));
  }

  private ExportTable finding(int number, ReviewDetail.Finding finding) {
    return fields(
        text("section.finding", String.valueOf(number)),
        field("finding.criterion", finding.criterion()),
        field("finding.severity", value(finding.severity())),
        field("finding.agency", finding.concernedAgency()),
        field("finding.status", value(finding.status())),
        field("finding.statement", finding.statement()),
        field("finding.recommendation", Objects.toString(finding.recommendation(), "")),
        field(
            "finding.evidence",
            text(
                "finding.evidenceText",
                joined(finding.evidenceCommitments()),
                joined(finding.evidencePositions()))),
        field("finding.responseDueOn", date(finding.responseDueOn())),
        field("finding.response", Objects.toString(finding.response(), "")),
        field("finding.correctiveAction", Objects.toString(finding.correctiveAction(), "")),
        field("finding.correctiveActionDueOn", date(finding.correctiveActionDueOn())),
        field("finding.answeredOn", date(finding.answeredOn())),
        field("finding.acceptedOn", date(finding.acceptedOn())),
        field("finding.reopenings", String.valueOf(finding.reopenings())),
        field(
            "finding.escalated",
            finding.escalated() ? text("yes") + " (" + finding.escalatedAt() + ")" : text("no")),
        field(
            "finding.positions",
            joined(
                Stream.of(
                        finding.recordedPosition(),
                        finding.answeredPosition(),
                        finding.acceptedPosition(),
                        finding.reopenedPosition(),
                        finding.escalatedPosition())
                    .filter(Objects::nonNull)
                    .toList())));
  }

  private ExportTable conclusion(ReviewSummary review) {
    return fields(
        "section.conclusion",
        field(
            "section.conclusion",
            review.conclusion() == null ? text("conclusion.none") : review.conclusion()));
  }

  private ExportTable integrity(ReviewReport.Integrity integrity) {
    return fields(
        "section.integrity",
        field("integrity.position", String.valueOf(integrity.position())),
        field("integrity.chainHash", integrity.chainHash()),
        field("integrity.signedAt", integrity.checkpointSignedAt().toString()),
        field("integrity.keyId", integrity.keyId()),
        field("integrity.signature", integrity.signature()),
        List.of("", text("note.verify")));
  }

  @SafeVarargs
  private ExportTable fields(String titleKey, List<String>... rows) {
    String title = titleKey.startsWith("section.") ? text(titleKey) : titleKey;
    return new ExportTable(title, List.of(text("field"), text("value")), List.of(rows), true);
  }

  private List<String> field(String labelKey, String value) {
    return List.of(text(labelKey), value == null ? "" : value);
  }

  private String value(Enum<?> value) {
    return value == null ? "" : text("value." + value.name());
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String joined(List<?> values) {
    return values.isEmpty()
        ? "—"
        : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
