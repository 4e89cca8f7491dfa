package mx.bitacora.query.audittrail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import mx.bitacora.platform.csv.SpreadsheetCells;

/**
 * Writes audit-trail entries as CSV (RFC 4180, by Jackson's CSV module): a header row in the
 * caller's language, then one record per event, records separated by CRLF. A list (roles, agencies,
 * corrections) is one field, its items separated by spaces; an absent value is an empty field.
 * Auditors open exports in spreadsheets, so a field a spreadsheet would run as a formula is
 * neutralised ({@link SpreadsheetCells#neutralised}).
 */
final class AuditTrailCsv {

  static final List<String> HEADER =
      List.of(
          "position",
          "eventId",
          "eventType",
          "aggregateType",
          "aggregateId",
          "sequenceNumber",
          "businessTime",
          "recordedAt",
          "actor",
          "actorAgency",
          "actorRoles",
          "requestId",
          "correlationId",
          "agencies",
          "corrects",
          "correctedBy",
          "unreadable",
          "resolution");

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          // Quote only what RFC 4180 needs quoted (a separator, quote or line break).
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();
  private static final CsvSchema SCHEMA =
      CsvSchema.builder()
          .addColumns(HEADER, CsvSchema.ColumnType.STRING)
          .setLineSeparator("\r\n")
          .build();

  private final SequenceWriter rows;

  /** Starts the export with {@code headings}: {@link #HEADER}'s columns in the caller's words. */
  AuditTrailCsv(Writer out, List<String> headings) {
    try {
      this.rows = CSV.writer(SCHEMA).writeValues(out);
      rows.write(headings.toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the audit-trail export", e);
    }
  }

  void write(AuditTrailEntry entry) {
    writeRecord(
        Long.toString(entry.position()),
        entry.eventId(),
        entry.eventType(),
        entry.aggregateType(),
        entry.aggregateId(),
        Long.toString(entry.sequenceNumber()),
        entry.businessTime(),
        entry.recordedAt().toString(),
        entry.actor(),
        entry.actorAgency(),
        String.join(" ", entry.actorRoles()),
        entry.requestId(),
        entry.correlationId(),
        String.join(" ", entry.agencies()),
        entry.corrects(),
        String.join(" ", entry.correctedBy()),
        entry.unreadable() == null ? null : entry.unreadable().cause(),
        entry.unreadable() == null || entry.unreadable().resolution() == null
            ? null
            : entry.unreadable().resolution().reason());
  }

  /** Ends the export, flushing what is buffered (the header alone when no entry was written). */
  void finish() {
    try {
      rows.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish the audit-trail export", e);
    }
  }

  private void writeRecord(String... fields) {
    String[] record = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      record[i] = SpreadsheetCells.neutralised(fields[i]);
    }
    try {
      rows.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the audit-trail export", e);
    }
  }
}
