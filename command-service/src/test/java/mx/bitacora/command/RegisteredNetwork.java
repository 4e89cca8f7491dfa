package mx.bitacora.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.NetworkAgencies;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationListener;

/**
 * Registers the network's agencies ({@link NetworkAgencies}) as soon as a test's command-service is
 * up, since it refuses writes from and about agencies that are not registered and active; and the
 * DIF's CAT Cancún, the shelter the tests' referrals name (a referral names only a registered, open
 * shelter of its receiving agency). Tests that register the CAT themselves send the same body: a
 * retry, answered as the first registration.
 */
@TestComponent
class RegisteredNetwork implements ApplicationListener<ApplicationReadyEvent> {

  /** CAT Cancún as every test registers it. */
  static final String CAT_CANCUN =
      """
      {"shelterId": "cat-cancun", "name": "CAT Cancún", "kind": "CAT",
       "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
       "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
      """;

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    NetworkAgencies.registerAt("http://127.0.0.1:" + port);
    registerCatCancun("http://127.0.0.1:" + port);
  }

  private static void registerCatCancun(String baseUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/shelters"))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Bearer " + DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(CAT_CANCUN, StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> answer =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 201) {
        throw new IllegalStateException(
            "registering CAT Cancún answered " + answer.statusCode() + ": " + answer.body());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("could not register CAT Cancún at " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted registering CAT Cancún", e);
    }
  }
}
