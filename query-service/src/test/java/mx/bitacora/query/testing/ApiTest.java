package mx.bitacora.query.testing;

import static org.assertj.core.api.Assertions.assertThat;

import mx.bitacora.query.testing.QueryApi.Answer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of a view's API over one history: the test class records it once, in a {@code @BeforeAll}
 * of its own, through {@link #log}, and reads it through {@link #api} as clients would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTest extends QueryServiceTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort private int port;
  @Autowired private EventStore eventStore;

  protected QueryApi api;
  protected NetworkEventLog log;

  @BeforeAll
  protected final void connect() {
    api = new QueryApi(port);
    log = new NetworkEventLog(eventStore);
  }

  /** The answer is the problem {@code code}, with {@code status}, as problem JSON with a title. */
  protected static void assertProblem(Answer answer, int status, String code) {
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
    assertThat(answer.body().get("code").asText()).isEqualTo(code);
    assertThat(answer.body().get("title").asText()).isNotBlank();
  }
}
