package mx.bitacora.platform.request;

/**
 * A request refused because a text field or parameter holds control characters; names where, never
 * what (the value may be anything, and error text reaches logs).
 */
public class ControlCharacterException extends RuntimeException {

  /** Where the text was: a body field or a query parameter. */
  public enum Location {
    FIELD,
    PARAMETER
  }

  private final Location location;
  private final String name;

  public ControlCharacterException(Location location, String name) {
    super(
        "control characters in " + location.name().toLowerCase(java.util.Locale.ROOT) + " " + name);
    this.location = location;
    this.name = name;
  }

  public Location location() {
    return location;
  }

  /** The field's path in the body (e.g. {@code items[0].description}) or the parameter's name. */
  public String name() {
    return name;
  }
}
