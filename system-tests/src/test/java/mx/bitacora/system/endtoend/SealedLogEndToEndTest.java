package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both services, each logged in as its least-privilege role: query-service seals what
 * command-service appends, and erasing a case (its key destroyed, a CaseErasedEvent appended)
 * leaves the chain intact, because referral payloads are chained as the ciphertext they are stored
 * as; a checkpoint kept before the erasure is still extended by the log after it. Reading a
 * referral is recorded in the access log that both parties read, break-glass reads included.
 */
class SealedLogEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FISCALIA =
      DevTokens.mint("fiscalia-staff-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
  private static final String DIF =
      DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");
  private static final String AUDITOR = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  private static FreshDatabase database;
  private static TwoServices services;

  @BeforeAll
  static void start() {
    database = FreshDatabase.create("sealed_log");
    services =
        TwoServices.start(
            database,
            "--bitacora.integrity.seal-interval=100ms",
            "--bitacora.integrity.checkpoint-every-positions=1");
    // The referrals name the CAT: a referral names only a registered shelter.
    DeliverySliceTest.registerCatCancun(services);
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void erasingACase_leavesTheLogIntact_andExtendingTheCheckpointsKeptBeforeIt() throws Exception {
    String caseReference = "QROO-2026-" + (1000 + (int) (Math.random() * 8999));
    for (int i = 0; i < 2; i++) {
      assertThat(services.post("/referrals", referral(caseReference), FISCALIA).statusCode())
          .isEqualTo(201);
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> verification().path("sealedThrough").asLong() >= 2);
    String kept = services.query("/integrity/checkpoints", FISCALIA).body();
    List<byte[]> payloadsBefore = referralPayloads();

    assertThat(
            services
                .post(
                    "/cases/" + caseReference + "/erase?issuingAgency=fiscalia-quintana-roo",
                    "",
                    ADMIN)
                .statusCode())
        .isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> verification().path("sealedThrough").asLong() == logEnd());

    JsonNode report =
        JSON.readTree(services.queryPost("/integrity/verification", kept, AUDITOR).body());
    assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.path("verifiedThrough").asLong()).isEqualTo(logEnd());
    assertThat(report.path("keptCheckpointsVerified").asInt())
        .isEqualTo(JSON.readTree(kept).path("checkpoints").size())
        .isPositive();
    assertThat(referralPayloads()).containsExactlyElementsOf(payloadsBefore);
    assertThat(keyRowsOf(caseReference)).isZero();
  }

  @Test
  void aReferralReadByDifStaff_isInTheAccessLogOfBothParties_asIsTheCommissionsBreakGlass()
      throws Exception {
    String caseReference = "QROO-2026-" + (1000 + (int) (Math.random() * 8999));
    String referral = referral(caseReference);
    String referralId = JSON.readTree(referral).path("referralId").asText();
    assertThat(services.post("/referrals", referral, FISCALIA).statusCode()).isEqualTo(201);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> services.query("/referrals/" + referralId, DIF).statusCode() == 200);

    var withoutReason = services.query("/referrals/" + referralId, AUDITOR);
    var withReason =
        services.query(
            "/referrals/" + referralId, AUDITOR, "X-Break-Glass-Reason", "Queja ante la Comision");

    assertThat(withoutReason.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(withoutReason.body()).path("code").asText())
        .isEqualTo("BREAK_GLASS_REASON_REQUIRED");
    assertThat(withReason.statusCode()).isEqualTo(200);
    for (String party : List.of(DIF, FISCALIA)) {
      JsonNode log =
          JSON.readTree(services.query("/access-log?caseReference=" + caseReference, party).body());
      List<JsonNode> entries = new ArrayList<>();
      log.path("entries").forEach(e -> entries.add(e.path("entry")));
      assertThat(entries)
          .anySatisfy(
              e -> {
                assertThat(e.path("actor").asText()).isEqualTo("dif-staff-1");
                assertThat(e.path("view").asText()).isEqualTo("referral-detail");
                assertThat(e.path("allowed").asBoolean()).isTrue();
              })
          .anySatisfy(
              e -> {
                assertThat(e.path("actor").asText()).isEqualTo("auditor-1");
                assertThat(e.path("allowed").asBoolean()).isFalse();
              })
          .anySatisfy(
              e -> {
                assertThat(e.path("breakGlass").asBoolean()).isTrue();
                assertThat(e.path("breakGlassReason").asText()).isEqualTo("Queja ante la Comision");
              });
    }
    JsonNode accessLog =
        JSON.readTree(services.query("/integrity/access-log/verification", AUDITOR).body());
    assertThat(accessLog.path("intact").asBoolean()).as(accessLog.toString()).isTrue();
  }

  private static JsonNode verification() throws Exception {
    return JSON.readTree(services.query("/integrity/verification", AUDITOR).body());
  }

  /** A routine referral of {@code caseReference} from the Fiscalía to DIF's CAT, with a new id. */
  static String referral(String caseReference) {
    return """
        {
          "referralId": "%s",
          "caseReference": "%s",
          "receivingAgency": "dif-benito-juarez",
          "receivingShelter": "cat-cancun",
          "service": "SHELTER",
          "urgency": "ROUTINE",
          "consent": {"givenOn": "2022-10-20", "scope": "SERVICE_AND_FOLLOW_UP"},
          "victimDetails": {"notes": "Canalizada por la fiscalía", "age": 15}
        }
        """
        .formatted(UUID.randomUUID(), caseReference);
  }

  private static long logEnd() throws Exception {
    try (Connection connection = database.connect();
        ResultSet row =
            connection
                .createStatement()
                .executeQuery("SELECT max(global_index) FROM event_store.domain_event_entry")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static List<byte[]> referralPayloads() throws Exception {
    List<byte[]> payloads = new ArrayList<>();
    try (Connection connection = database.connect();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT payload FROM event_store.domain_event_entry WHERE type = 'Referral'"
                        + " ORDER BY global_index")) {
      while (rows.next()) {
        payloads.add(rows.getBytes(1));
      }
    }
    return payloads;
  }

  private static long keyRowsOf(String caseReference) throws Exception {
    try (Connection connection = database.connect();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*) FROM case_keys.case_key WHERE case_reference = ?")) {
      query.setString(1, caseReference);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
