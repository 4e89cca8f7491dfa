package mx.bitacora.query.history;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.List;
import mx.bitacora.events.common.Confidential;

/**
 * Builds a history entry's summary from the event itself, by the application's Jackson settings:
 * every field but the aggregate's own id and, by one rule, anything {@link Confidential} (sealed
 * victim details and locations, case references), at any depth.
 */
final class HistorySummaries {

  private final ObjectMapper json;

  HistorySummaries(ObjectMapper applications) {
    this.json = applications.copy().registerModule(withoutConfidentialValues());
  }

  /** The summary of {@code event}, without its property {@code idProperty}. */
  ObjectNode of(Object event, String idProperty) {
    ObjectNode summary = json.valueToTree(event);
    summary.remove(idProperty);
    return summary;
  }

  private static SimpleModule withoutConfidentialValues() {
    return new SimpleModule("history-summaries")
        .setSerializerModifier(
            new BeanSerializerModifier() {
              @Override
              public List<BeanPropertyWriter> changeProperties(
                  SerializationConfig config,
                  BeanDescription description,
                  List<BeanPropertyWriter> properties) {
                properties.removeIf(property -> isConfidential(property.getType()));
                return properties;
              }
            });
  }

  private static boolean isConfidential(JavaType type) {
    return Confidential.class.isAssignableFrom(type.getRawClass())
        || (type.getContentType() != null && isConfidential(type.getContentType()));
  }
}
