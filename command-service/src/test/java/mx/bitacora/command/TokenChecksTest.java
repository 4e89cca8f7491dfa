package mx.bitacora.command;

import static mx.bitacora.command.apitest.CommandApi.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A correctly signed token is still refused (401, nothing stored) when it does not expire, was
 * issued in the future, names another issuer or audience, or carries claims of the wrong type.
 */
@CommandServiceTest
class TokenChecksTest {

  private static final String AGENCY = "dif-benito-juarez";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  private CommandApi api;
  private static int counter;

  @BeforeEach
  void setUp() {
    api = new CommandApi(http, jdbc, json);
  }

  static Stream<Arguments> looseTokens() {
    Instant now = Instant.now();
    return Stream.of(
        loose("no exp", claims -> claims.expirationTime(null)),
        loose(
            "iat a day ahead", claims -> claims.issueTime(Date.from(now.plus(Duration.ofDays(1))))),
        loose(
            "nbf an hour ahead", claims -> claims.notBeforeTime(Date.from(now.plusSeconds(3600)))),
        loose("another issuer", claims -> claims.issuer("https://attacker.example")),
        loose("no issuer", claims -> claims.issuer(null)),
        loose("another audience", claims -> claims.audience("another-service")),
        loose("no audience", claims -> claims.audience((String) null)),
        loose("numeric agency", claims -> claims.claim("agency", 42)),
        loose("roles as a string", claims -> claims.claim("roles", "AGENCY_STAFF")),
        loose("roles of numbers", claims -> claims.claim("roles", List.of(1, 2))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("looseTokens")
  void aLooseToken_isRefusedWith401_andNothingIsStored(
      String what, Consumer<JWTClaimsSet.Builder> loosen) throws Exception {
    String id = newId();

    api.assertProblem(
        api.post("/shelters", registerBody(id), DevTokens.altered(AGENCY, loosen)),
        401,
        "UNAUTHENTICATED");
    assertThat(api.eventsOf("shelter:" + id)).isZero();
  }

  @Test
  void theSameTokenUnaltered_isAccepted_withinTheClockSkew() {
    String id = newId();
    String slightlyAhead =
        DevTokens.altered(
            AGENCY, claims -> claims.issueTime(Date.from(Instant.now().plusSeconds(20))));

    assertThat(status(api.post("/shelters", registerBody(id), slightlyAhead))).isEqualTo(201);
    assertThat(api.eventsOf("shelter:" + id)).isEqualTo(1);
  }

  private static Arguments loose(String what, Consumer<JWTClaimsSet.Builder> change) {
    return Arguments.of(what, change);
  }

  private static synchronized String newId() {
    return "albergue-token-" + (++counter);
  }

  private static String registerBody(String id) {
    return """
        {"shelterId": "%s", "name": "CAT Cancún", "kind": "CAT",
         "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
        """
        .formatted(id);
  }
}
