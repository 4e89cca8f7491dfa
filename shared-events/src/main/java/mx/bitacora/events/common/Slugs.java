package mx.bitacora.events.common;

import java.util.Objects;
import java.util.regex.Pattern;

/** The one rule for slug ids: lower-case letters, digits and hyphens, 2 to 64 characters. */
final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  private Slugs() {}

  static boolean isValid(String candidate) {
    return candidate != null && SLUG.matcher(candidate).matches();
  }

  static void require(String value, String idType) {
    Objects.requireNonNull(value, idType);
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid " + idType + " slug: " + value);
    }
  }
}
