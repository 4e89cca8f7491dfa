package mx.bitacora.command.shelter;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every read of a refugio's sealed location, and every refused attempt, is an entry of the access
 * log against PostgreSQL: written before the answer (a read whose entry cannot be written fails),
 * naming the shelter and its operator, never the location; the answer is {@code no-store}.
 */
@CommandServiceTest
class ShelterLocationReadsTest {

  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String UNODC_STAFF =
      DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "bitacora-ops", "PLATFORM_ADMIN");
  private static final String AUDITOR = DevTokens.mint("aud-1", "segob", "COMMISSION_AUDITOR");
  private static final String REVIEWER = DevTokens.mint("rev-1", "segob", "COMPLIANCE_REVIEWER");
  private static final String LOCATION = "Calle 23 entre 8 y 10, reja azul";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;
  private static int counter;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  @Test
  void theOperatorsRead_andAnAuditorsRead_areRecorded_withoutTheLocation_notStored()
      throws Exception {
    String id = registeredRefugio();

    for (String reader : new String[] {DIF_STAFF, AUDITOR}) {
      var response = api.get(location(id), reader);
      assertThat(status(response)).as(response.getBody()).isEqualTo(200);
      assertThat(response.getHeaders().getCacheControl()).contains("no-store");
    }

    List<JsonNode> entries = entries(id);
    assertThat(entries).hasSize(2);
    assertThat(entries).extracting(e -> e.path("actor").asText()).containsExactly("dif-1", "aud-1");
    for (JsonNode entry : entries) {
      assertThat(entry.path("view").asText()).isEqualTo(ShelterLocationLookup.VIEW);
      assertThat(entry.path("allowed").asBoolean()).isTrue();
      assertThat(entry.path("breakGlass").asBoolean()).isFalse();
      assertThat(entry.path("cases")).isEmpty();
      // The operator sees the reads of its refugio's location (and the commission sees every
      // entry).
      assertThat(texts(entry.path("concernedAgencies"))).containsExactly("dif-benito-juarez");
      assertThat(texts(entry.path("owningAgencies"))).containsExactly("dif-benito-juarez");
      assertThat(entry.toString()).doesNotContain("Calle 23").doesNotContain("reja azul");
    }
  }

  @Test
  void anotherAgencysAttempt_isRefusedAsUnknown_andRecordedForTheOperator() throws Exception {
    String id = registeredRefugio();

    api.assertProblem(api.get(location(id), UNODC_STAFF), 404, "SHELTER_NOT_FOUND");

    JsonNode attempt = onlyEntry(id);
    assertThat(attempt.path("allowed").asBoolean()).isFalse();
    assertThat(attempt.path("actorAgency").asText()).isEqualTo("unodc-mexico");
    assertThat(texts(attempt.path("concernedAgencies"))).containsExactly("dif-benito-juarez");
  }

  @Test
  void reviewersAndAdministrators_areRefused_andEachAttemptIsRecorded() throws Exception {
    String id = registeredRefugio();

    api.assertProblem(api.get(location(id), REVIEWER), 403, "FORBIDDEN");
    api.assertProblem(api.get(location(id), ADMIN), 403, "FORBIDDEN");

    List<JsonNode> entries = entries(id);
    assertThat(entries)
        .extracting(e -> e.path("actor").asText())
        .containsExactly("rev-1", "admin-1");
    assertThat(entries).allSatisfy(e -> assertThat(e.path("allowed").asBoolean()).isFalse());
  }

  @Test
  void anAttemptOnAnUnknownShelter_isRecordedRefused_concerningNoAgency() throws Exception {
    String unknown = newId();

    api.assertProblem(api.get(location(unknown), AUDITOR), 404, "SHELTER_NOT_FOUND");

    JsonNode attempt = onlyEntry(unknown);
    assertThat(attempt.path("allowed").asBoolean()).isFalse();
    assertThat(attempt.path("owningAgencies")).isEmpty();
  }

  @Test
  void aReadWhoseEntryCannotBeWritten_fails_withoutTheLocation() throws Exception {
    String id = registeredRefugio();
    // The entry is written first: while the log refuses it, the read cannot answer.
    jdbc.execute(
        "ALTER TABLE integrity.access_log ADD CONSTRAINT no_location_reads_test"
            + " CHECK (entry ->> 'view' <> 'shelter-location') NOT VALID");
    try {
      var response = api.get(location(id), DIF_STAFF);
      assertThat(status(response)).isGreaterThanOrEqualTo(500);
      assertThat(response.getBody()).doesNotContain("Calle 23");
    } finally {
      jdbc.execute("ALTER TABLE integrity.access_log DROP CONSTRAINT no_location_reads_test");
    }
    assertThat(entries(id)).isEmpty();
    assertThat(status(api.get(location(id), DIF_STAFF))).isEqualTo(200);
    assertThat(entries(id)).hasSize(1);
  }

  private String registeredRefugio() {
    String id = newId();
    var response =
        api.post(
            "/shelters",
            """
            {"shelterId": "%s", "name": "Refugio Norte", "kind": "REFUGIO",
             "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
             "state": "Quintana Roo", "capacity": 8, "servesMinors": false, "location": "%s"}
            """
                .formatted(id, LOCATION),
            DIF_STAFF);
    assertThat(status(response)).as(response.getBody()).isEqualTo(201);
    return id;
  }

  private static synchronized String newId() {
    return "refugio-leido-" + (++counter);
  }

  private static String location(String id) {
    return "/shelters/" + id + "/location";
  }

  /** The access log's entries about one shelter's location, in log order. */
  private List<JsonNode> entries(String shelterId) throws Exception {
    List<JsonNode> entries = new ArrayList<>();
    for (String entry :
        jdbc.queryForList(
            "SELECT entry::text FROM integrity.access_log WHERE entry ->> 'view' = ?"
                + " AND entry -> 'filter' ->> 'shelterId' = ? ORDER BY position",
            String.class,
            ShelterLocationLookup.VIEW,
            shelterId)) {
      entries.add(json.readTree(entry));
    }
    return entries;
  }

  private JsonNode onlyEntry(String shelterId) throws Exception {
    List<JsonNode> entries = entries(shelterId);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
