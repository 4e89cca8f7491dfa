package mx.bitacora.command.shelter;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A refugio's location never rests in plain text: a canary location goes through the API, is read
 * back by its operator, and then every table of the database and the log output (web and Axon debug
 * logging on) are searched for it.
 */
@CommandServiceTest
@ExtendWith(OutputCaptureExtension.class)
// Its own database and logging make its context unshareable: close it (and its connection pool)
// afterwards, so the cached contexts of the other tests stay within PostgreSQL's connection limit.
@DirtiesContext
@TestPropertySource(
    properties = {
      "logging.level.org.springframework.web=DEBUG",
      "logging.level.org.springframework.web.client=INFO",
      "logging.level.org.springframework.web.HttpLogging=INFO",
      "logging.level.org.axonframework=DEBUG",
      "logging.level.mx.bitacora=DEBUG"
    })
class ShelterLocationPrivacyTest {

  private static final String DIF_STAFF =
      DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String CANARY = "CanarioUbicacionRefugioQw8Vn";
  private static final String REFUSED_CANARY = "CanarioUbicacionRechazadaZk3Tp";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;

  @Test
  void aCanaryLocation_neverAppearsInPlainText_inAnyTableOrLog(CapturedOutput output)
      throws Exception {
    CommandApi api = new CommandApi(http, jdbc, json);
    var registered = api.post("/shelters", body("refugio-canario", CANARY), DIF_STAFF);
    assertThat(status(registered)).as(registered.getBody()).isEqualTo(201);
    // A retry is recognised by a keyed digest of the location, which must reveal nothing either.
    var retried = api.post("/shelters", body("refugio-canario", CANARY), DIF_STAFF);
    assertThat(status(retried)).as(retried.getBody()).isEqualTo(201);
    // A refused registration (another agency's staff) carrying a canary: stored nowhere.
    var refused =
        api.post(
            "/shelters",
            body("refugio-rechazado", REFUSED_CANARY),
            DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF"));
    assertThat(status(refused)).isEqualTo(403);
    var read = api.get("/shelters/refugio-canario/location", DIF_STAFF);
    assertThat(status(read)).as(read.getBody()).isEqualTo(200);
    JsonNode opened = json.readTree(read.getBody());
    assertThat(opened.path("location").asText()).isEqualTo("Calle " + CANARY + " 12");

    String everything = dumpOfEveryTable();

    // The dump does see the stored facts and the key: the scan is not blind.
    assertThat(everything)
        .contains("refugio-canario", "ShelterRegisteredEvent", "\"case_keys\".\"shelter_key\"");
    assertThat(everything).doesNotContain(CANARY, REFUSED_CANARY);
    assertThat(everything).contains("creationFingerprint").doesNotContain(unkeyedDigests());
    assertThat(output.getAll()).contains("ShelterController"); // debug logging was on
    // The read is recorded in the access log, which the dump scanned too, and holds no location.
    assertThat(everything).contains("\"integrity\".\"access_log\"", "\"shelter-location\"");
    assertThat(output.getAll()).doesNotContain(CANARY, REFUSED_CANARY);
    assertThat(output.getAll()).doesNotContain(unkeyedDigests());
  }

  /** Plain SHA-256 digests of the canary location (hex and base64), which nothing may hold. */
  private static String[] unkeyedDigests() throws NoSuchAlgorithmException {
    byte[] digest =
        MessageDigest.getInstance("SHA-256")
            .digest(("Calle " + CANARY + " 12").getBytes(StandardCharsets.UTF_8));
    return new String[] {
      HexFormat.of().formatHex(digest), Base64.getEncoder().encodeToString(digest)
    };
  }

  /** Every row of every table outside PostgreSQL's own schemas, as text (bytea escaped). */
  private String dumpOfEveryTable() {
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "select table_schema, table_name, column_name, data_type from information_schema.columns"
                + " where table_schema not in ('pg_catalog', 'information_schema')"
                + " order by table_schema, table_name, ordinal_position");
    Map<String, List<String>> expressions = new LinkedHashMap<>();
    for (Map<String, Object> column : columns) {
      String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
      String name = "\"" + column.get("column_name") + "\"";
      String expression =
          "bytea".equals(column.get("data_type"))
              ? "coalesce(encode(" + name + ", 'escape'), '')"
              : "coalesce(" + name + "::text, '')";
      expressions.computeIfAbsent(table, t -> new ArrayList<>()).add(expression);
    }
    StringBuilder dump = new StringBuilder();
    expressions.forEach(
        (table, exprs) -> {
          dump.append(table).append('\n');
          jdbc.queryForList(
                  "select concat_ws(' ', " + String.join(", ", exprs) + ") from " + table,
                  String.class)
              .forEach(row -> dump.append(table).append(": ").append(row).append('\n'));
        });
    return dump.toString();
  }

  private static String body(String id, String canary) {
    return """
        {"shelterId": "%s", "name": "Refugio", "kind": "REFUGIO",
         "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": 12, "servesMinors": false,
         "location": "Calle %s 12"}
        """
        .formatted(id, canary);
  }
}
