package mx.bitacora.platform.csv;

/** What goes into a CSV cell that auditors and reviewers open in spreadsheets. */
public final class SpreadsheetCells {

  private SpreadsheetCells() {}

  /**
   * The field as a spreadsheet shows it rather than runs it: one starting with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe (OWASP's advice
   * on CSV injection); absent is empty.
   */
  public static String neutralised(String field) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
  }
}
