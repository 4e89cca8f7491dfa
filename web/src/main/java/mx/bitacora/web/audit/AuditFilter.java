package mx.bitacora.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import mx.bitacora.web.services.FormValues;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail's filters as the page's form holds them (bound from the query string): agency,
 * actor, event type, aggregate type and id, and recorded-between days (central Mexico's days,
 * {@code to} included). Passed to query-service as its parameters; a day that is not a date is
 * passed as typed, for the service to refuse.
 */
public record AuditFilter(
    String agency,
    String actor,
    String eventType,
    String aggregateType,
    String aggregateId,
    String from,
    String to) {

  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  /** {@code path} with these filters as query-service's parameters. */
  UriComponentsBuilder onto(String path) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    put(uri, "agency", agency);
    put(uri, "actor", actor);
    put(uri, "eventType", eventType);
    put(uri, "aggregateType", aggregateType);
    put(uri, "aggregateId", aggregateId);
    putDay(uri, "from", from, 0);
    putDay(uri, "to", to, 1);
    return uri;
  }

  /** These filters as the web page's own query string, for paging and download links. */
  UriComponentsBuilder asPageQuery(String path) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    put(uri, "agency", agency);
    put(uri, "actor", actor);
    put(uri, "eventType", eventType);
    put(uri, "aggregateType", aggregateType);
    put(uri, "aggregateId", aggregateId);
    put(uri, "from", from);
    put(uri, "to", to);
    return uri;
  }

  private static void put(UriComponentsBuilder uri, String name, String value) {
    String text = FormValues.text(value);
    if (text != null) {
      uri.queryParam(name, text);
    }
  }

  private static void putDay(UriComponentsBuilder uri, String name, String day, int daysLater) {
    String text = FormValues.text(day);
    if (text == null) {
      return;
    }
    try {
      uri.queryParam(
          name, LocalDate.parse(text).plusDays(daysLater).atStartOfDay(MEXICO).toInstant());
    } catch (DateTimeParseException notADate) {
      uri.queryParam(name, text);
    }
  }
}
