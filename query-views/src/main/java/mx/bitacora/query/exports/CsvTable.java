package mx.bitacora.query.exports;

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
 * Writes a header and rows as one CSV table (RFC 4180 by Jackson's CSV module, CRLF, quoted only
 * where needed), each cell neutralised so a spreadsheet shows it rather than runs it.
 */
public final class CsvTable {

  private static final CsvMapper CSV =
      CsvMapper.builder()
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private CsvTable() {}

  public static byte[] of(List<String> header, List<List<String>> rows) {
    CsvSchema schema =
        CsvSchema.builder()
            .addColumns(header, CsvSchema.ColumnType.STRING)
            .setLineSeparator("\r\n")
            .build();
    StringWriter out = new StringWriter();
    try (SequenceWriter records = CSV.writer(schema).writeValues(out)) {
      records.write(cells(header));
      for (List<String> row : rows) {
        records.write(cells(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV table", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String[] cells(List<String> fields) {
    return fields.stream().map(SpreadsheetCells::neutralised).toArray(String[]::new);
  }
}
