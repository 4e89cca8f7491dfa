package mx.bitacora.query.commission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.exports.CsvTable;
import mx.bitacora.query.exports.ExportTable;
import mx.bitacora.query.exports.ExportWording;
import mx.bitacora.query.exports.FigureRows;
import mx.bitacora.query.exports.PdfDocument;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.smallcounts.SmallCounts;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commission overview across all agencies, per agency or per state, with network totals, of
 * what happened (business time) within {@code from}/{@code to} when given. Commission auditors and
 * compliance reviewers read it (it holds counts only), reviewers with small referral counts
 * withheld (as "<5", with those that would give them away); anyone else is refused ({@code 403
 * FORBIDDEN}).
 */
@RestController
@FedBy({
  ProcessingGroups.REFERRALS,
  ProcessingGroups.SHELTER_DELIVERIES,
  ProcessingGroups.AGENCIES,
  ProcessingGroups.TRAINING,
  ProcessingGroups.ENROLMENTS
})
class CommissionOverviewController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final CommissionOverviewQueries queries;
  private final ProblemCatalog problems;
  private final ObjectMapper json;
  private final MessageSource messages;
  private final ExportWording wording;

  CommissionOverviewController(
      CommissionOverviewQueries queries,
      ProblemCatalog problems,
      ObjectMapper json,
      MessageSource messages,
      ExportWording wording) {
    this.queries = queries;
    this.problems = problems;
    this.json = json;
    this.messages = messages;
    this.wording = wording;
  }

  @GetMapping("/commission/overview")
  @Operation(summary = "Read the commission's network-wide overview, grouped as asked")
  public CommissionOverview overview(
      @RequestParam(defaultValue = "AGENCY") OverviewGrouping groupBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      Actor actor) {
    if (!actor.seesAllAgencies()) {
      throw new RejectedException(PlatformProblem.FORBIDDEN);
    }
    return queries.overview(groupBy, new OverviewPeriod(from, to), SmallCounts.withheldFrom(actor));
  }

  /**
   * The same overview as CSV: one row per group and figure, as {@code GET /commission/overview}
   * names them for the caller (a reviewer's withheld counts as "<5" and "withheld"), the network's
   * under {@code network}.
   */
  @GetMapping("/commission/overview/export.csv")
  @Operation(
      summary = "Export the commission's overview for a period as CSV",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "One row per group and figure (RFC 4180, with a header row)",
              content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
  public ResponseEntity<byte[]> exportCsv(
      @RequestParam(defaultValue = "AGENCY") OverviewGrouping groupBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      Actor actor,
      Locale locale) {
    CommissionOverview overview = overview(groupBy, from, to, actor);
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("", "from", from == null ? "" : from.toString(), locale));
    rows.add(row("", "to", to == null ? "" : to.toString(), locale));
    for (ExportTable table : tables(overview)) {
      for (List<String> figure : table.rows()) {
        rows.add(row(table.title(), figure.get(0), figure.get(1), locale));
      }
    }
    return file(
        CSV,
        "overview.csv",
        CsvTable.of(
            wording.columns(List.of("group", "figure", "description", "value"), locale), rows));
  }

  private List<String> row(String group, String figure, String value, Locale locale) {
    return List.of(group, figure, wording.figure(figure, locale), value);
  }

  /** The same overview as a PDF: the period, then each group's figures and the network's. */
  @GetMapping("/commission/overview/export.pdf")
  @Operation(
      summary = "Export the commission's overview for a period as PDF",
      responses =
          @ApiResponse(
              responseCode = "200",
              description = "The overview's figures per group and for the network",
              content =
                  @Content(
                      mediaType = "application/pdf",
                      schema = @Schema(type = "string", format = "binary"))))
  public ResponseEntity<byte[]> exportPdf(
      @RequestParam(defaultValue = "AGENCY") OverviewGrouping groupBy,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      Actor actor,
      Locale locale) {
    CommissionOverview overview = overview(groupBy, from, to, actor);
    String period =
        messages.getMessage(
            "overview.export.period",
            new Object[] {from == null ? "—" : from.toString(), to == null ? "—" : to.toString()},
            locale);
    return file(
        MediaType.APPLICATION_PDF,
        "overview.pdf",
        PdfDocument.print(
            messages.getMessage("overview.export.title", null, locale),
            period,
            "commission-overview",
            tables(overview).stream().map(table -> described(table, locale)).toList()));
  }

  /** A group's table as a person reads it: its name, then each figure's description and value. */
  private ExportTable described(ExportTable table, Locale locale) {
    return new ExportTable(
        wording.figure(table.title(), locale),
        wording.columns(table.columns(), locale),
        table.rows().stream()
            .map(row -> List.of(wording.figure(row.get(0), locale), row.get(1)))
            .toList(),
        table.fields());
  }

  /** Each group's figures, then the network's, as the JSON answer has them. */
  private List<ExportTable> tables(CommissionOverview overview) {
    List<ExportTable> tables = new ArrayList<>();
    for (OverviewGroup group : overview.groups()) {
      String name =
          group.agencyId() != null
              ? group.agencyId()
              : group.state() != null ? group.state() : "no-state";
      tables.add(figures(name, group.figures()));
    }
    tables.add(figures("network", overview.network()));
    return tables;
  }

  private ExportTable figures(String name, OverviewFigures figures) {
    return new ExportTable(
        name, List.of("figure", "value"), FigureRows.of(json.valueToTree(figures)), true);
  }

  private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  /** A period whose {@code from} is after its {@code to} is a malformed parameter. */
  @ExceptionHandler(OverviewPeriod.Reversed.class)
  ResponseEntity<ProblemDetail> periodReversed(OverviewPeriod.Reversed reversed) {
    return ResponseEntity.badRequest()
        .body(problems.problem(PlatformProblem.INVALID_PARAMETER, LocaleContextHolder.getLocale()));
  }
}
