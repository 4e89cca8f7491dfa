package mx.bitacora.web.training;

/** A field left empty is sent as absent (null), so the service names it as missing. */
final class Blank {

  private Blank() {}

  static String asNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
