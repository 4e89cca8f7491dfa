package mx.bitacora.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi;
import mx.bitacora.query.testing.QueryApi.Answer;
import mx.bitacora.query.testing.QueryServiceTest;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The integrity API on the running service: every signed-in user downloads the signed checkpoints
 * and the public key; only commission auditors verify, against the stored checkpoints and any an
 * agency kept; forged or malformed kept checkpoints are refused as problems. The last test
 * truncates the log as a superuser would and shows a kept checkpoint proves it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@OwnContext
@TestPropertySource(
    properties = {
      "bitacora.integrity.seal-interval=50ms",
      "bitacora.integrity.checkpoint-every-positions=1",
      "bitacora.integrity.gap-grace=0s"
    })
class IntegrityApiTest extends QueryServiceTest {

  private static final int EVENTS = 10;
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @LocalServerPort int port;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  private QueryApi api;
  private final String auditor = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");
  private final String difStaff =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");

  @BeforeAll
  void recordAndSealEvents() {
    api = new QueryApi(port);
    // In two halves, each awaited until signed, so there are at least two checkpoints.
    for (int half = 1; half <= 2; half++) {
      for (int i = 0; i < EVENTS / 2; i++) {
        registerAnAgency();
      }
      long end = half * (EVENTS / 2);
      await().atMost(LAG).until(() -> latestCheckpointPosition() == end);
    }
  }

  private void registerAnAgency() {
    String slug = "agencia-" + UUID.randomUUID().toString().substring(0, 8);
    eventStore.publish(
        new GenericDomainEventMessage<>(
            "Agency",
            "agency:" + slug,
            0,
            new AgencyRegisteredEvent(
                new AgencyId(slug),
                "Agencia " + slug,
                "AG",
                AgencyKind.STATE,
                AgencyLevel.STATE,
                "Quintana Roo")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"AGENCY_STAFF", "COMPLIANCE_REVIEWER", "COMMISSION_AUDITOR", "PLATFORM_ADMIN"})
  @Order(1)
  void everySignedInRole_downloadsTheCheckpoints_signedByThePublishedKey(String role) {
    String token = DevTokens.mint("user-1", "dif-benito-juarez", role);
    Answer key = api.get("/integrity/public-key", token);
    Answer checkpoints = api.get("/integrity/checkpoints", token);

    assertThat(key.status()).isEqualTo(200);
    assertThat(key.body().get("algorithm").asText()).isEqualTo("Ed25519");
    assertThat(checkpoints.status()).isEqualTo(200);
    CheckpointVerifier verifier =
        CheckpointVerifier.forPublicKey(key.body().get("publicKey").asText());
    List<Checkpoint> published = published(checkpoints.body().get("checkpoints"));
    assertThat(published).isNotEmpty().allMatch(verifier::isGenuine);
    assertThat(published)
        .extracting(Checkpoint::keyId)
        .containsOnly(key.body().get("keyId").asText());
  }

  @Test
  @Order(1)
  void theLatestCheckpoint_coversTheLastSealedPosition_andPagesFollowPositions() {
    Answer latest = api.get("/integrity/checkpoints/latest", difStaff);
    Answer afterFirst = api.get("/integrity/checkpoints?after=3&limit=1", difStaff);

    assertThat(latest.status()).isEqualTo(200);
    assertThat(latest.body().get("position").asLong()).isEqualTo(EVENTS);
    assertThat(afterFirst.body().get("checkpoints")).hasSize(1);
    assertThat(afterFirst.body().get("checkpoints").get(0).get("position").asLong())
        .isGreaterThan(3);
  }

  @Test
  @Order(1)
  void withoutAToken_theCheckpointsAnswer401() {
    assertProblem(api.get("/integrity/checkpoints", null), 401, "UNAUTHENTICATED");
  }

  @Test
  @Order(1)
  void malformedPaging_answers400() {
    assertThat(api.get("/integrity/checkpoints?limit=0", difStaff).status()).isEqualTo(400);
    assertThat(api.get("/integrity/checkpoints?after=x", difStaff).status()).isEqualTo(400);
  }

  @Test
  @Order(1)
  void anAuditor_verifiesTheWholeLog_intact_withASummaryInTheirLanguage() {
    Answer spanish = api.get("/integrity/verification", auditor);
    Answer english = api.get("/integrity/verification", auditor, "en");

    assertThat(spanish.status()).isEqualTo(200);
    assertThat(spanish.body().get("intact").asBoolean()).isTrue();
    assertThat(spanish.body().get("verifiedThrough").asLong()).isEqualTo(EVENTS);
    assertThat(spanish.body().get("checkpointsVerified").asInt()).isGreaterThan(1);
    assertThat(spanish.body().has("discrepancy")).isFalse();
    assertThat(spanish.body().get("summary").asText())
        .isEqualTo("La bitácora está íntegra hasta la posición " + EVENTS + ".");
    assertThat(english.body().get("summary").asText())
        .isEqualTo("The log is intact through position " + EVENTS + ".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AGENCY_STAFF", "COMPLIANCE_REVIEWER", "PLATFORM_ADMIN"})
  @Order(1)
  void onlyCommissionAuditors_mayVerify(String role) {
    String token = DevTokens.mint("user-1", "dif-benito-juarez", role);

    assertProblem(api.get("/integrity/verification", token), 403, "FORBIDDEN");
    assertProblem(api.post("/integrity/verification", token, keptBody(), null), 403, "FORBIDDEN");
  }

  @Test
  @Order(1)
  void checkpointsAnAgencyKept_areVerifiedAlongsideTheLog() {
    Answer answer = api.post("/integrity/verification", auditor, keptBody(), null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("intact").asBoolean()).isTrue();
    assertThat(answer.body().get("keptCheckpointsVerified").asInt())
        .isEqualTo(keptCheckpoints().size());
  }

  @Test
  @Order(1)
  void aKeptCheckpointWithAnAlteredHash_isRefusedAsNotGenuine() throws Exception {
    ObjectNode body = (ObjectNode) JSON.readTree(keptBody());
    ObjectNode first = (ObjectNode) body.get("checkpoints").get(0);
    String hash = first.get("chainHash").asText();
    first.put("chainHash", (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));

    Answer answer = api.post("/integrity/verification", auditor, body.toString(), "en");

    assertProblem(answer, 422, "CHECKPOINT_NOT_GENUINE");
    assertThat(answer.body().get("title").asText()).isEqualTo("Checkpoint not genuine");
  }

  @Test
  @Order(1)
  void malformedKeptCheckpoints_answer400_withoutEchoingThem() {
    Answer notHex =
        api.post(
            "/integrity/verification",
            auditor,
            "{\"checkpoints\":[{\"position\":3,\"chainHash\":\"zz-not-hex\",\"signedAt\":"
                + "\"2026-12-01T00:00:00Z\",\"keyId\":\"0011223344556677\",\"signature\":\"x\"}]}",
            null);
    Answer notJson = api.post("/integrity/verification", auditor, "{\"checkpoints\": [", null);
    Answer noList = api.post("/integrity/verification", auditor, "{}", null);

    assertProblem(notHex, 400, "INVALID_FIELDS");
    assertThat(notHex.body().toString()).doesNotContain("zz-not-hex");
    assertProblem(notJson, 400, "MALFORMED_BODY");
    assertProblem(noList, 400, "INVALID_FIELDS");
  }

  @Test
  @Order(2)
  void aTruncationDoneAfterACheckpointWasKept_isProvedByIt() {
    String kept = keptBody();
    long firstCheckpoint = keptCheckpoints().get(0).position();
    // One transaction that keeps the sealer from adding a checkpoint between the deletes.
    jdbc.execute(
        String.format(
            "BEGIN; LOCK TABLE integrity.checkpoint, integrity.event_seal IN EXCLUSIVE MODE;"
                + " DELETE FROM event_store.domain_event_entry WHERE global_index > %1$d;"
                + " DELETE FROM integrity.checkpoint WHERE position > %1$d;"
                + " DELETE FROM integrity.event_seal WHERE position > %1$d; COMMIT",
            firstCheckpoint));

    Answer alone = api.get("/integrity/verification", auditor);
    Answer withKept = api.post("/integrity/verification", auditor, kept, "en");

    assertThat(alone.body().get("intact").asBoolean()).isTrue();
    assertThat(withKept.status()).isEqualTo(200);
    assertThat(withKept.body().get("intact").asBoolean()).isFalse();
    assertThat(withKept.body().get("discrepancy").get("kind").asText()).isEqualTo("LOG_TRUNCATED");
    assertThat(withKept.body().get("discrepancy").get("position").asLong())
        .isGreaterThan(firstCheckpoint);
    assertThat(withKept.body().get("summary").asText()).contains("the end of the log was deleted");
  }

  private long latestCheckpointPosition() {
    Long position =
        jdbc.queryForObject("SELECT max(position) FROM integrity.checkpoint", Long.class);
    return position == null ? 0 : position;
  }

  private String keptBody() {
    return "{\"checkpoints\":"
        + api.get("/integrity/checkpoints", difStaff).body().get("checkpoints")
        + "}";
  }

  private List<Checkpoint> keptCheckpoints() {
    return published(api.get("/integrity/checkpoints", difStaff).body().get("checkpoints"));
  }

  private static List<Checkpoint> published(JsonNode list) {
    return StreamSupport.stream(list.spliterator(), false)
        .map(node -> JSON.convertValue(node, PublishedCheckpoint.class))
        .map(PublishedCheckpoint::toCheckpoint)
        .toList();
  }

  private static void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().get("code").asText()).isEqualTo(code);
  }
}
