package mx.bitacora.query.commitments;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How a promised item is matched to delivery lines: the description and the unit each compared
 * exactly after normalising — lower case, accents removed, runs of spaces made one, ends trimmed —
 * so "Colchón " and "colchon" match; "colchones" and "colchón" do not.
 */
final class ItemKey {

  private ItemKey() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
