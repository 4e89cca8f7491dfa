package mx.bitacora.query.reviewreports;

import java.util.ArrayList;
import java.util.List;
import mx.bitacora.query.exports.CsvTable;
import mx.bitacora.query.exports.ExportTable;

/**
 * Writes a laid-out report as one CSV table: section, row, field, value; a table's cell is one
 * record naming its column, a section of fields one record per field.
 */
final class ReportCsv {

  private ReportCsv() {}

  static byte[] print(ReviewReport report, ReportLayout layout) {
    List<List<String>> records = new ArrayList<>();
    for (ExportTable section : layout.sections(report)) {
      List<List<String>> rows = section.rows();
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        if (section.fields()) {
          records.add(List.of(section.title(), "", row.get(0), row.get(1)));
          continue;
        }
        for (int c = 0; c < row.size(); c++) {
          records.add(
              List.of(
                  section.title(), String.valueOf(r + 1), section.columns().get(c), row.get(c)));
        }
      }
    }
    return CsvTable.of(
        List.of(
            layout.text("section"), layout.text("row"), layout.text("field"), layout.text("value")),
        records);
  }
}
