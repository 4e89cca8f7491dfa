package mx.bitacora.platform.request;

/**
 * The characters no text the API accepts may contain: NUL and the other C0 and C1 control
 * characters, and DEL. Tab and line breaks are text (a reason or a note may have paragraphs).
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether {@code text} holds a character the API refuses. */
  public static boolean present(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (forbidden(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean forbidden(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
