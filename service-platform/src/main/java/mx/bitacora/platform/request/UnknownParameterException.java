package mx.bitacora.platform.request;

import java.util.regex.Pattern;

/**
 * A query parameter the operation does not define: refused, so that a mistyped filter never
 * silently widens an answer. Names the parameter only if it looks like a parameter name.
 */
public class UnknownParameterException extends RuntimeException {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private final String name;

  public UnknownParameterException(String name) {
    super("unknown query parameter", null, false, false);
    this.name = NAME.matcher(name).matches() ? name : null;
  }

  /** The parameter's name, or null when it is not one that could be shown safely. */
  public String name() {
    return name;
  }
}
