package mx.bitacora.query.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test of the whole query service, running on a port of its own, on a database of its own that
 * holds the event store ({@link EventStoreDatabase}). The database is created each time an
 * application context starts, and the context is closed after the test class, so every class starts
 * on an empty log.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.config.name=query-service")
@ActiveProfiles("dev")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class QueryServiceTest {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) {
    EventStoreDatabase.register(registry, EventStoreDatabase.create("query"));
  }
}
