package mx.bitacora.web.referrals;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import mx.bitacora.web.services.FormValues;

/**
 * A date and time typed in a form ({@code datetime-local}), read in the network's zone and sent as
 * an instant (seconds included, as the services read it); what does not read as one is sent as
 * typed, for the service to refuse by name.
 */
final class NetworkTime {

  private NetworkTime() {}

  static String instant(String typed) {
    String given = FormValues.text(typed);
    if (given == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(given).atZone(Shown.NETWORK).toInstant().toString();
    } catch (DateTimeParseException unreadable) {
      return given;
    }
  }
}
