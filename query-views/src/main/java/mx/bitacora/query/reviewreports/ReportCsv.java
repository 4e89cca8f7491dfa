package mx.bitacora.query.reviewreports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.bitacora.platform.csv.SpreadsheetCells;

/**
 * Writes a laid-out report as one CSV table (RFC 4180, CRLF): section, row, field, value; a table's
 * cell is one record naming its column, a section of fields one record per field. Cells a
 * spreadsheet would run as formulas are neutralised.
 */
final class ReportCsv {

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private ReportCsv() {}

  static byte[] print(ReviewReport report, ReportLayout layout) {
    List<String> header =
        List.of(
            layout.text("section"), layout.text("row"), layout.text("field"), layout.text("value"));
    CsvSchema schema =
        CsvSchema.builder()
            .addColumns(header, CsvSchema.ColumnType.STRING)
            .setLineSeparator("\r\n")
            .build();
    StringWriter out = new StringWriter();
    try (SequenceWriter records = CSV.writer(schema).writeValues(out)) {
      records.write(header.toArray(String[]::new));
      for (ReportSection section : layout.sections(report)) {
        List<List<String>> rows = section.rows();
        for (int r = 0; r < rows.size(); r++) {
          List<String> row = rows.get(r);
          if (section.fields()) {
            records.write(record(section.title(), "", row.get(0), row.get(1)));
            continue;
          }
          for (int c = 0; c < row.size(); c++) {
            records.write(
                record(
                    section.title(), String.valueOf(r + 1), section.columns().get(c), row.get(c)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report as CSV", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String[] record(String... fields) {
    String[] record = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      record[i] = SpreadsheetCells.neutralised(fields[i]);
    }
    return record;
  }
}
