package mx.bitacora.query.audittrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes audit-trail entries as CSV (RFC 4180): a header row, then one record per event, fields
 * separated by commas, records by CRLF; a field holding a comma, a double quote, CR or LF is quoted
 * and its quotes doubled. A list (roles, agencies, corrections) is one field, its items separated
 * by spaces; an absent value is an empty field.
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

  private final Writer out;

  AuditTrailCsv(Writer out) {
    this.out = out;
  }

  void writeHeader() {
    writeRecord(HEADER);
  }

  void write(AuditTrailEntry entry) {
    writeRecord(
        List.of(
            Long.toString(entry.position()),
            text(entry.eventId()),
            text(entry.eventType()),
            text(entry.aggregateType()),
            text(entry.aggregateId()),
            Long.toString(entry.sequenceNumber()),
            text(entry.businessTime()),
            entry.recordedAt().toString(),
            text(entry.actor()),
            text(entry.actorAgency()),
            String.join(" ", entry.actorRoles()),
            text(entry.requestId()),
            text(entry.correlationId()),
            String.join(" ", entry.agencies()),
            text(entry.corrects()),
            String.join(" ", entry.correctedBy()),
            entry.unreadable() == null ? "" : text(entry.unreadable().cause()),
            entry.unreadable() == null || entry.unreadable().resolution() == null
                ? ""
                : text(entry.unreadable().resolution().reason())));
  }

  private void writeRecord(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quoted(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the audit-trail export", e);
    }
  }

  /** The field as RFC 4180 wants it: as it is, or quoted with its quotes doubled. */
  static String quoted(String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\r') < 0
        && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
