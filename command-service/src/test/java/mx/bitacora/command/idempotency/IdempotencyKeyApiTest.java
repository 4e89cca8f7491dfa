package mx.bitacora.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every command is safe to retry: the same {@code Idempotency-Key} with the same request answers as
 * the first did and stores nothing more, also when the retries race the first; the same key with
 * another request is refused; a stored command is never answered as a failure; and a retried create
 * takes no position of the log (issue 13).
 */
@CommandServiceTest
class IdempotencyKeyApiTest {

  private static final String UNODC = DevTokens.mint("unodc-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String INL = DevTokens.mint("inl-1", "inl", "AGENCY_STAFF");
  private static final String DIF = DevTokens.mint("dif-1", "dif-benito-juarez", "AGENCY_STAFF");
  private static final String SHELTER =
      """
      {"shelterId": "cat-cancun", "name": "CAT Cancún", "kind": "CAT",
       "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
       "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
      """;
  private static final String DISPATCH = "{\"dispatchedOn\": \"2022-10-21\"}";

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private CommandBus commandBus;

  private CommandApi api;

  @BeforeEach
  void registerTheShelter() {
    api = new CommandApi(http, jdbc, json);
    assertThat(CommandApi.status(api.post("/shelters", SHELTER, DIF))).isEqualTo(201);
  }

  @Test
  void aRetriedDispatch_withTheSameKey_getsTheFirstAnswer_andStoresNothingMore() {
    UUID delivery = planned();
    String key = "dispatch-" + delivery;

    ResponseEntity<String> first =
        send("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC, key);
    long events = api.allEvents();
    ResponseEntity<String> retry =
        send("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC, key);

    assertThat(CommandApi.status(first)).isEqualTo(200);
    assertThat(CommandApi.status(retry)).isEqualTo(200);
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(position(retry)).isEqualTo(position(first)).isEqualTo(lastPositionOf(delivery));
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(api.allEvents()).isEqualTo(events);
    // Without the key, the same retry is what it always was: a rule violated.
    assertThat(
            CommandApi.status(api.post("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC)))
        .isEqualTo(409);
  }

  @Test
  void aRetriedCreate_withTheSameKey_getsTheFirstAnswer_withItsLocation() {
    UUID delivery = UUID.randomUUID();
    String key = "plan-" + delivery;

    ResponseEntity<String> first = send("/deliveries", planBody(delivery), UNODC, key);
    ResponseEntity<String> retry = send("/deliveries", planBody(delivery), UNODC, key);

    assertThat(CommandApi.status(retry)).isEqualTo(201);
    assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(position(retry)).isEqualTo(position(first));
  }

  @Test
  void theSameKey_withAnotherRequest_isRefused_andStoresNothing() throws Exception {
    UUID delivery = planned();
    String key = "reused-" + delivery;
    send("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC, key);
    long events = api.allEvents();

    ResponseEntity<String> other = send("/deliveries", planBody(UUID.randomUUID()), UNODC, key);

    api.assertProblem(other, 409, "IDEMPOTENCY_KEY_REUSED");
    assertThat(other.getBody()).doesNotContain(key);
    assertThat(api.allEvents()).isEqualTo(events);
  }

  @Test
  void keysBelongToTheActingAgency() {
    UUID delivery = planned();
    String key = "shared-" + delivery;
    send("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC, key);

    UUID inlDelivery = UUID.randomUUID();
    ResponseEntity<String> inl = send("/deliveries", planBody(inlDelivery), INL, key);

    assertThat(CommandApi.status(inl)).isEqualTo(201);
    assertThat(api.eventsOf(inlDelivery.toString())).isEqualTo(1);
  }

  @Test
  void anInvalidKey_isRefused_withoutEchoingIt() throws Exception {
    long events = api.allEvents();
    ResponseEntity<String> refused =
        send("/deliveries", planBody(UUID.randomUUID()), UNODC, "<script>x</script>");

    api.assertProblem(refused, 400, "IDEMPOTENCY_KEY_INVALID");
    assertThat(refused.getBody()).doesNotContain("script");
    assertThat(api.allEvents()).isEqualTo(events);
  }

  @Test
  void eightRetriesRacingTheFirst_allGetItsAnswer_andTheDeliveryIsDispatchedOnce()
      throws Exception {
    UUID delivery = planned();
    String key = "race-" + delivery;
    ExecutorService clients = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(
          clients.submit(
              () -> {
                start.await();
                return send("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC, key);
              }));
    }
    start.countDown();
    List<ResponseEntity<String>> responses = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      responses.add(answer.get(30, TimeUnit.SECONDS));
    }
    clients.shutdown();

    assertThat(responses).extracting(CommandApi::status).containsOnly(200);
    assertThat(responses)
        .extracting(IdempotencyKeyApiTest::position)
        .containsOnly(lastPositionOf(delivery));
    assertThat(api.eventsOf(delivery.toString())).isEqualTo(2);
  }

  @Test
  void aCommandThatFailsAfterItsTransactionCommitted_isAnsweredAsRecorded() {
    UUID delivery = planned();
    ResponseEntity<String> dispatched =
        whileCommandsFail(
            () ->
                TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCommit() {
                        throw new IllegalStateException("injected failure after the commit");
                      }
                    }),
            () -> api.post("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC));

    assertThat(CommandApi.status(dispatched)).as(dispatched.getBody()).isEqualTo(200);
    assertThat(api.eventsOf(delivery.toString())).isEqualTo(2);
    assertThat(position(dispatched)).isEqualTo(lastPositionOf(delivery));
  }

  @Test
  void aCommandThatFailsBeforeItsTransactionCommitted_isAFailure_thatClaimsNothing()
      throws Exception {
    UUID delivery = planned();
    ResponseEntity<String> dispatched =
        whileCommandsFail(
            () ->
                CurrentUnitOfWork.get()
                    .onCommit(
                        beforeTheTransaction -> {
                          throw new IllegalStateException("injected failure before the commit");
                        }),
            () -> api.post("/deliveries/" + delivery + "/dispatch", DISPATCH, UNODC));

    JsonNode problem = api.assertProblem(dispatched, 500, "INTERNAL_ERROR");
    assertThat(problem.path("detail").asText()).doesNotContain("nada se registró");
    assertThat(dispatched.getHeaders().getFirst("X-Event-Position")).isNull();
    assertThat(api.eventsOf(delivery.toString())).isEqualTo(1);
  }

  /** Sends {@code request} while every command, as it is handled, does {@code failing}. */
  private ResponseEntity<String> whileCommandsFail(
      Runnable failing, Supplier<ResponseEntity<String>> request) {
    Registration interceptor =
        commandBus.registerHandlerInterceptor(
            (unitOfWork, chain) -> {
              failing.run();
              return chain.proceed();
            });
    try {
      return request.get();
    } finally {
      interceptor.cancel();
    }
  }

  @Test
  void aRetriedCreate_takesNoPositionOfTheLog() {
    UUID delivery = planned();
    long sequenceBefore = lastSequenceValue();

    ResponseEntity<String> retry = api.post("/deliveries", planBody(delivery), UNODC);

    assertThat(CommandApi.status(retry)).isEqualTo(201);
    assertThat(lastSequenceValue()).isEqualTo(sequenceBefore);
  }

  private UUID planned() {
    UUID delivery = UUID.randomUUID();
    assertThat(CommandApi.status(api.post("/deliveries", planBody(delivery), UNODC)))
        .isEqualTo(201);
    return delivery;
  }

  private ResponseEntity<String> send(String path, String body, String token, String key) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private static long position(ResponseEntity<String> response) {
    return Long.parseLong(response.getHeaders().getFirst("X-Event-Position"));
  }

  private long lastPositionOf(UUID delivery) {
    return jdbc.queryForObject(
        "select max(global_index) from event_store.domain_event_entry"
            + " where aggregate_identifier = ?",
        Long.class,
        delivery.toString());
  }

  private long lastSequenceValue() {
    return jdbc.queryForObject(
        "select last_value from event_store.domain_event_entry_global_index_seq", Long.class);
  }

  private static String planBody(UUID id) {
    return """
        {"deliveryId": "%s", "fundingAgency": "inl", "deliveringAgencies": ["unodc-mexico"],
         "receivingShelter": "cat-cancun", "receivingAgency": "dif-benito-juarez",
         "occurredOn": "2022-10-21",
         "items": [{"description": "Colchones individuales", "quantity": 20, "unit": "pieza"}],
         "witnesses": [{"title": "Directora de Desarrollo de Programas", "agency": "segob"}]}
        """
        .formatted(id);
  }
}
