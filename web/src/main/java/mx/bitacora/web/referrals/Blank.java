package mx.bitacora.web.referrals;

/** A field left empty is not sent: the service then names it if it is required. */
final class Blank {

  private Blank() {}

  static String orNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
