package mx.bitacora.query.reviewreports;

import java.util.List;

/**
 * One part of a rendered report: a title, column labels and rows of text. A section of {@code
 * fields} lists one labelled value per row (label, value); the others are tables.
 */
record ReportSection(String title, List<String> columns, List<List<String>> rows, boolean fields) {

  ReportSection {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
