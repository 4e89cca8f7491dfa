package mx.bitacora.query.exports;

import java.util.List;

/**
 * One part of an exported document: a title, column labels and rows of text. A table of {@code
 * fields} lists one labelled value per row (label, value); the others are tables with a header.
 */
public record ExportTable(
    String title, List<String> columns, List<List<String>> rows, boolean fields) {

  public ExportTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
