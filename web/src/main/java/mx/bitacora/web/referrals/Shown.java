package mx.bitacora.web.referrals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How pages read the services' JSON (as {@code @shown} in templates): a record time in the
 * network's time zone, a date, a text that is absent rather than {@code "null"}, an array as a
 * list. The pages format them with {@code #temporals} in the person's language.
 */
@Component("shown")
public class Shown {

  /** The zone the network's facts are dated in (command-service's {@code BITACORA_TIME_ZONE}). */
  public static final ZoneId NETWORK = ZoneId.of("America/Mexico_City");

  public ZonedDateTime time(JsonNode node) {
    String text = text(node);
    return text == null ? null : Instant.parse(text).atZone(NETWORK);
  }

  public LocalDate date(JsonNode node) {
    String text = text(node);
    return text == null ? null : LocalDate.parse(text);
  }

  public String text(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  /** A quantity as people write it: {@code 6}, {@code 5.5}, never {@code 6.0} or {@code 6.00}. */
  public String quantity(JsonNode node) {
    return node == null || !node.isNumber()
        ? text(node)
        : node.decimalValue().stripTrailingZeros().toPlainString();
  }

  public List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    if (array != null) {
      array.forEach(items::add);
    }
    return items;
  }

  public List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    if (object != null && object.isObject()) {
      fields.addAll(object.properties());
    }
    return fields;
  }
}
