package mx.bitacora.events.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Training facts serialize with plain ids, and a staff id cannot carry a personal name. */
class TrainingEventContractTest {

  @Test
  void completionRoundTrips_withPlainIds() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    TrainingCompletedEvent event =
        new TrainingCompletedEvent(
            new TrainingSessionId(UUID.fromString("7c1e0a3e-5d1b-4c1a-9000-000000000001")),
            new StaffId("dif-bj-0042"),
            new BigDecimal("8"),
            "UNODC-2022-CAT-017",
            LocalDate.of(2022, 11, 30));

    String text = json.writeValueAsString(event);

    assertThat(text).contains("\"staffId\":\"dif-bj-0042\"");
    assertThat(text).contains("\"trainingSessionId\":\"7c1e0a3e-5d1b-4c1a-9000-000000000001\"");
    assertThat(json.readValue(text, TrainingCompletedEvent.class)).isEqualTo(event);
  }

  @Test
  void staffIds_rejectWhatCouldBeAPersonalName() {
    assertThat(StaffId.isValid("dif-bj-0042")).isTrue();
    assertThat(StaffId.isValid("María López")).isFalse();
    assertThat(StaffId.isValid("maria.lopez@dif.gob.mx")).isFalse();
    assertThat(StaffId.isValid("ab")).isFalse();
    assertThat(StaffId.isValid("a".repeat(65))).isFalse();
    assertThatThrownBy(() -> new StaffId("Juan Pérez"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Juan");
  }

  @Test
  void everyTrainingEventIsPermitted() {
    assertThat(TrainingEvent.class.getPermittedSubclasses()).hasSize(7);
  }
}
