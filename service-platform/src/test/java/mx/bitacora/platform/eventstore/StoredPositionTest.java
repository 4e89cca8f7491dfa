package mx.bitacora.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** The stored position added to an event's metadata as it is read, and read back from it. */
class StoredPositionTest {

  private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

  @Test
  void thePositionIsAdded_toStoredMetadata_andWinsOverAStoredMemberOfTheSameName() {
    MetaData stored = MetaData.from(Map.of("actor", "dif-staff-1", StoredPosition.METADATA_KEY, 7));
    SerializedObject<byte[]> read =
        StoredPosition.addedTo(serializer.serialize(stored, byte[].class), 39);

    MetaData metaData = serializer.deserialize(read);

    assertThat(metaData.get("actor")).isEqualTo("dif-staff-1");
    assertThat(StoredPosition.of(metaData)).hasValue(39);
  }

  @Test
  void thePositionIsAdded_toEmptyMetadata() {
    SerializedObject<byte[]> empty =
        new SimpleSerializedObject<>(
            " { } ".getBytes(StandardCharsets.UTF_8),
            byte[].class,
            new SimpleSerializedType(MetaData.class.getName(), null));

    MetaData metaData = serializer.deserialize(StoredPosition.addedTo(empty, 1));

    assertThat(StoredPosition.of(metaData)).hasValue(1);
  }

  @Test
  void metadataThatIsNotAJsonObject_isLeftAsItIs_andHasNoPosition() {
    assertThat(StoredPosition.withMember("[1, 2]", 5)).isNull();
    assertThat(StoredPosition.withMember("", 5)).isNull();
    assertThat(StoredPosition.of(MetaData.emptyInstance())).isEmpty();
  }
}
