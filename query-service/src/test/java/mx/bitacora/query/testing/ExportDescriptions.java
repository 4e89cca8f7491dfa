package mx.bitacora.query.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks an export's figure descriptions: every part of every key worded, none left as it is. */
public final class ExportDescriptions {

  private ExportDescriptions() {}

  /**
   * {@code lines}: a CSV export whose first two columns are a figure's key and its description (the
   * header first).
   */
  public static void assertEveryFigureWorded(List<String> lines) {
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      String[] keyParts = cells[0].split("\\.");
      String[] wordedParts = cells[1].split(" · ");
      assertThat(wordedParts).as(line).hasSameSizeAs(keyParts);
      for (int i = 0; i < keyParts.length; i++) {
        String key = keyParts[i].replaceAll("\\[\\d+]$", "");
        assertThat(wordedParts[i]).as("part %d of %s", i, line).doesNotStartWith(key);
      }
    }
  }
}
