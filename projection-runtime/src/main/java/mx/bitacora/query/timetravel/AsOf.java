package mx.bitacora.query.timetravel;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The past moment a request asks its view to answer as of: a global log position ({@value
 * #POSITION}) or an instant ({@value #INSTANT}, ISO-8601, not in the future). Both at once, a
 * negative or non-numeric position, or an unreadable or future instant is {@link MalformedAsOf}.
 */
record AsOf(Long position, Instant instant) {

  static final String POSITION = "asOfPosition";
  static final String INSTANT = "asOf";

  /** What the request asks for, if anything. */
  static Optional<AsOf> from(HttpServletRequest request, Clock clock) {
    String position = request.getParameter(POSITION);
    String instant = request.getParameter(INSTANT);
    if (position == null && instant == null) {
      return Optional.empty();
    }
    if (position != null && instant != null) {
      throw new MalformedAsOf();
    }
    return Optional.of(
        position != null
            ? new AsOf(position(position), null)
            : new AsOf(null, instant(instant, clock)));
  }

  private static long position(String value) {
    try {
      long position = Long.parseLong(value.strip());
      if (position < 0) {
        throw new MalformedAsOf();
      }
      return position;
    } catch (NumberFormatException notANumber) {
      throw new MalformedAsOf();
    }
  }

  private static Instant instant(String value, Clock clock) {
    try {
      Instant instant = Instant.parse(value.strip());
      if (instant.isAfter(clock.instant())) {
        throw new MalformedAsOf();
      }
      return instant;
    } catch (DateTimeParseException unreadable) {
      throw new MalformedAsOf();
    }
  }

  /** An "as of" parameter that names no past moment. */
  static final class MalformedAsOf extends RuntimeException {
    MalformedAsOf() {
      super("malformed " + POSITION + " or " + INSTANT, null, false, false);
    }
  }
}
