package mx.bitacora.platform.request;

/**
 * The characters no text the API accepts may contain: NUL and the other C0 and C1 control
 * characters, and DEL. Tab and line breaks are text (a reason or a note may have paragraphs). Nor
 * may it hold half of a surrogate pair alone (JSON's {@code "\ud800"}): that is no character, and
 * it would be stored as a {@code ?}.
 */
public final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether {@code text} holds a character the API refuses. */
  public static boolean present(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a character outside the Basic Multilingual Plane, e.g. an emoji
      } else if (forbidden(c) || Character.isSurrogate(c)) {
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
