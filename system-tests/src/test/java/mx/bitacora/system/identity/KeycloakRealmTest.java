package mx.bitacora.system.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import mx.bitacora.system.endtoend.RealmServer;
import mx.bitacora.system.endtoend.TwoServices;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Keycloak (the server distribution from Maven Central, {@code dev/keycloak-home}) with the
 * repository's realm ({@code docker/keycloak/bitacora-realm.json}) on a database of its own: its
 * users' tokens carry the {@code agency}, {@code roles} and audience both services read, and the
 * services (dev profile, as {@code dev/run} starts them) accept those and the dev-minted ones, and
 * refuse a realm token whose claims were changed. Its login page speaks Spanish.
 */
class KeycloakRealmTest {

  private static final String PASSWORD = "Bitacora-Demo-2022";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static RealmServer keycloak;
  private static String realm;
  private static TwoServices services;

  @BeforeAll
  static void start() throws Exception {
    keycloak = RealmServer.start(8080);
    realm = keycloak.issuer();
    services = TwoServices.start(FreshDatabase.create("realm_tokens"), keycloak.serviceSettings());
  }

  @AfterAll
  static void stop() {
    if (services != null) {
      services.close();
    }
    if (keycloak != null) {
      keycloak.close();
    }
  }

  @Test
  void aUsersToken_carriesTheirAgencyRolesAndTheAudience_andTheServicesActOnIt() throws Exception {
    String staff = token("dif-staff-1");
    JsonNode claims = claimsOf(staff);
    assertThat(claims.get("iss").asText()).isEqualTo(realm);
    assertThat(claims.get("sub").asText()).isEqualTo("6b1f3a40-0001-4c2e-9a55-20221021c001");
    assertThat(claims.get("agency").asText()).isEqualTo("dif-benito-juarez");
    assertThat(strings(claims.get("roles"))).contains("AGENCY_STAFF");
    assertThat(claims.get("aud").toString()).contains("\"bitacora\"");

    HttpResponse<String> mine = services.query("/my-agency", staff);
    assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
    assertThat(JSON.readTree(mine.body()).get("agencyId").asText()).isEqualTo("dif-benito-juarez");
    assertThat(services.query("/commission/overview", staff).statusCode()).isEqualTo(403);

    String auditor = token("auditor-1");
    assertThat(services.query("/commission/overview", auditor).statusCode()).isEqualTo(200);
    assertThat(services.query("/my-agency", auditor).statusCode()).isEqualTo(403);
  }

  @Test
  void devMintedTokens_areStillAccepted_underTheDevProfile_andAChangedRealmTokenIsNot()
      throws Exception {
    String dev = DevTokens.mint("dif-staff-1", "dif-benito-juarez", "AGENCY_STAFF");
    assertThat(services.query("/my-agency", dev).statusCode()).isEqualTo(200);

    String[] parts = token("dif-staff-1").split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("dif-benito-juarez", "segob");
    String changed =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    HttpResponse<String> refused = services.query("/my-agency", changed);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).doesNotContain("segob");
  }

  @Test
  void theLoginPage_isInSpanish_andAWrongPasswordGetsNoToken() throws Exception {
    String login =
        realm
            + "/protocol/openid-connect/auth?client_id=bitacora-web&response_type=code&scope=openid"
            + "&redirect_uri="
            + URLEncoder.encode(
                "http://localhost:8080/login/oauth2/code/keycloak", StandardCharsets.UTF_8)
            + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(login)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Iniciar sesión");

    assertThat(tokenAnswer("dif-staff-1", "not-the-password").statusCode()).isEqualTo(401);
  }

  private static String token(String user) throws Exception {
    HttpResponse<String> answer = tokenAnswer(user, PASSWORD);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("access_token").asText();
  }

  private static HttpResponse<String> tokenAnswer(String user, String password) throws Exception {
    String form =
        "grant_type=password&client_id=bitacora-dev-cli&scope=openid&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode claimsOf(String token) throws IOException {
    return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private static List<String> strings(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
