package mx.bitacora.query.storabletext;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every string query-service reads from JSON (above all the events' payloads, which Axon reads with
 * this service's ObjectMapper) has U+0000 replaced by U+FFFD. PostgreSQL text and jsonb cannot hold
 * U+0000, so an event stored with one (command-service refuses them now, but the log keeps what it
 * once accepted) would otherwise fail its projection and be dead-lettered: hidden from its readers.
 * The event store itself is never changed; its hash chain covers the payload as stored.
 */
@Configuration(proxyBeanMethods = false)
public class StorableTextConfiguration {

  /** What U+0000 becomes: the Unicode replacement character. */
  public static final char REPLACEMENT = '\uFFFD';

  /** Spring Boot installs every Module bean in the ObjectMapper it builds. */
  @Bean
  Module storableText() {
    SimpleModule module = new SimpleModule("storable-text");
    module.addDeserializer(String.class, new StorableStringDeserializer());
    return module;
  }

  /** Jackson's own string reading, then U+0000 replaced. */
  static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

    StorableStringDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return storable(StringDeserializer.instance.deserialize(parser, context));
    }

    static String storable(String text) {
      return text == null || text.indexOf('\u0000') < 0
          ? text
          : text.replace('\u0000', REPLACEMENT);
    }
  }
}
