package mx.bitacora.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mx.bitacora.system.endtoend.TwoServices;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation both services document, sent malformed requests generated from its OpenAPI
 * description (a fixed seed, so every run sends the same): each answers a 4xx problem with a code,
 * echoes nothing it was sent, and no event is stored. New operations are fuzzed as soon as they are
 * documented.
 */
class FuzzTest {

  private static final long SEED = 1407L;

  /** May call every operation, so that mutations reach validation rather than stop at 403. */
  private static final String EVERY_ROLE =
      DevTokens.mint(
          "fuzz-1",
          SchemaValues.TEXT,
          "AGENCY_STAFF",
          "COMMISSION_AUDITOR",
          "COMPLIANCE_REVIEWER",
          "PLATFORM_ADMIN");

  /** Operations the documents must list at least, so that an empty document fails the test. */
  private static final List<String> KNOWN =
      List.of(
          "command-service POST /agencies",
          "command-service POST /agencies/{agencyId}/deactivate",
          "command-service POST /shelters",
          "command-service POST /shelters/{shelterId}/capacity",
          "command-service GET /shelters/{shelterId}/location",
          "command-service POST /projects",
          "command-service DELETE /projects/{projectId}/beneficiaries/{shelterId}",
          "command-service POST /deliveries",
          "command-service POST /deliveries/{deliveryId}/receipt",
          "command-service POST /referrals",
          "command-service POST /referrals/{referralId}/accept",
          "command-service POST /training-sessions",
          "command-service POST /cases/{caseReference}/erase",
          "command-service POST /commitments",
          "command-service POST /commitments/{commitmentId}/revisions",
          "command-service POST /commitments/{commitmentId}/withdrawal",
          "query-service GET /commitments",
          "query-service GET /commitments/{commitmentId}",
          "query-service GET /reviews",
          "query-service GET /reviews/{reviewId}",
          "query-service GET /shelters/{shelterId}",
          "query-service GET /deliveries/{deliveryId}",
          "query-service GET /referrals",
          "query-service GET /referrals/{referralId}",
          "query-service GET /projects",
          "query-service GET /audit-trail",
          "query-service GET /access-log",
          "query-service GET /my-agency/activity",
          "query-service GET /commission/overview",
          "query-service POST /integrity/verification",
          "query-service POST /admin/rebuilds/{processingGroup}",
          "query-service GET /live/my-agency");

  private static TwoServices services;

  @BeforeAll
  static void start() {
    services = TwoServices.start(FreshDatabase.create("fuzz"));
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void everyDocumentedOperation_answersEveryMalformedRequestWithAProblem_andStoresNothing()
      throws Exception {
    List<ApiOperation> operations =
        new ArrayList<>(
            ApiDocument.operationsOf("command-service", URI.create(services.commandServiceUrl())));
    operations.addAll(
        ApiDocument.operationsOf("query-service", URI.create(services.queryServiceUrl())));
    assertThat(operations.stream().map(ApiOperation::name)).containsAll(KNOWN);

    Random random = new Random(SEED);
    Canaries canaries = new Canaries(random);
    SchemaValues values = new SchemaValues(random);
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (ApiOperation operation : operations) {
      long before = services.storedEvents();
      for (FuzzRequest request : mutationsOf(operation, canaries, values)) {
        Optional<String> wrong = Verdict.on(request);
        wrong.ifPresent(found -> failures.add(request.name() + " -> " + found));
        sent++;
      }
      long stored = services.storedEvents() - before;
      if (stored != 0) {
        failures.add(operation.name() + " -> " + stored + " events stored");
      }
    }

    assertThat(failures)
        .as(
            "%d of %d malformed requests to %d operations answered wrongly:%n%s",
            failures.size(), sent, operations.size(), String.join(System.lineSeparator(), failures))
        .isEmpty();
  }

  private static List<FuzzRequest> mutationsOf(
      ApiOperation operation, Canaries canaries, SchemaValues values) {
    Requests requests = new Requests(operation, EVERY_ROLE, values);
    byte[] body =
        requests.base() == null
            ? null
            : requests.base().toString().getBytes(StandardCharsets.UTF_8);
    List<FuzzRequest> all = new ArrayList<>(new RequestMutations(canaries).of(requests, body));
    if (body != null) {
      all.addAll(new BodyMutations(canaries).of(requests));
    }
    return all;
  }
}
