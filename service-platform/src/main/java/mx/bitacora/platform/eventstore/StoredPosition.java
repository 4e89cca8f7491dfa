package mx.bitacora.platform.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * The position an event was stored at (its {@code global_index}), carried in the metadata of the
 * event as it is read from the log. A tracking token cannot say it: when transactions commit out of
 * position order, an event that fills a gap arrives with a token whose position is the highest one
 * seen, another event's (issue 13).
 */
public final class StoredPosition {

  /** The metadata key; added as the event is read, never stored. */
  public static final String METADATA_KEY = "bitacora.storedPosition";

  private StoredPosition() {}

  /** The stored position in {@code metaData}, if the event was read from the JDBC event store. */
  public static OptionalLong of(MetaData metaData) {
    Object value = metaData.get(METADATA_KEY);
    if (value instanceof Number number) {
      return OptionalLong.of(number.longValue());
    }
    if (value instanceof CharSequence text) {
      return OptionalLong.of(Long.parseLong(text.toString()));
    }
    return OptionalLong.empty();
  }

  /**
   * {@code metaData}, a serialized JSON object, with {@code position} added as its last member (so
   * it wins over a stored member of the same name). Other forms are returned unchanged.
   */
  @SuppressWarnings("unchecked")
  static <T> SerializedObject<T> addedTo(SerializedObject<T> metaData, long position) {
    Object data = metaData.getData();
    String json;
    if (data instanceof byte[] bytes) {
      json = new String(bytes, StandardCharsets.UTF_8);
    } else if (data instanceof String text) {
      json = text;
    } else {
      return metaData;
    }
    String added = withMember(json, position);
    if (added == null) {
      return metaData;
    }
    Object converted = data instanceof byte[] ? added.getBytes(StandardCharsets.UTF_8) : added;
    return new SimpleSerializedObject<>(
        (T) converted, metaData.getContentType(), metaData.getType());
  }

  /** The JSON object {@code json} with the position member appended, or null if not an object. */
  static String withMember(String json, long position) {
    int open = json.indexOf('{');
    int close = json.lastIndexOf('}');
    if (open < 0 || close < open || !json.substring(0, open).isBlank()) {
      return null;
    }
    boolean empty = json.substring(open + 1, close).isBlank();
    String member = "\"" + METADATA_KEY + "\":" + position;
    return json.substring(0, close) + (empty ? "" : ",") + member + json.substring(close);
  }
}
