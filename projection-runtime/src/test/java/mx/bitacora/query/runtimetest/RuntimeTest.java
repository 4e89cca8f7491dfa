package mx.bitacora.query.runtimetest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the projection runtime on the {@link RuntimeTestApplication}: each test class gets the
 * application, on a port and a fresh database of its own ({@link RuntimeTestDatabase}), closed
 * after the class. It appends shelter registrations ({@link #log}), reads the sample projection's
 * tables ({@link #jdbc}) and its endpoint ({@link #get}).
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = RuntimeTestApplication.CONFIG_NAME)
@ActiveProfiles("dev")
@ContextConfiguration(initializers = RuntimeTestDatabase.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class RuntimeTest {

  /** How long a test waits for the sample projection to catch up with what it appended. */
  protected static final Duration LAG = Duration.ofSeconds(30);

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  @LocalServerPort private int port;
  @Autowired private Environment environment;
  @Autowired private EventStore eventStore;
  @Autowired private TransactionManager transactionManager;
  @Autowired private EventProcessingConfiguration processing;

  @Autowired
  @Qualifier("eventSerializer")
  protected Serializer eventSerializer;

  @Autowired protected JdbcTemplate jdbc;

  protected SampleLog log;

  @BeforeEach
  final void connectTheLog() {
    log = new SampleLog(eventStore, transactionManager, jdbc);
  }

  /** The group the sample projection belongs to, as the application runs it. */
  protected final StreamingEventProcessor sampleProcessor() {
    return processing.eventProcessor(SampleLog.GROUP, StreamingEventProcessor.class).orElseThrow();
  }

  /** GET {@code path} on the application, as an auditor; the status and the body's text. */
  protected final Answer get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + TOKEN)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling " + path, e);
    }
  }

  /** A new connection to this class's database, as the test superuser; the caller closes it. */
  protected final Connection newConnection() throws SQLException {
    return DriverManager.getConnection(
        environment.getRequiredProperty("spring.datasource.url"),
        environment.getRequiredProperty("spring.datasource.username"),
        environment.getProperty("spring.datasource.password", ""));
  }

  /** An HTTP answer: its status and its body. */
  public record Answer(int status, String body) {}
}
