package mx.bitacora.query;

import java.util.Set;
import mx.bitacora.testsupport.ProblemMessagesContract;

/**
 * Every problem code the query service can answer (the enums of its views, projection runtime and
 * integrity checks, and the platform's) has a title and detail in Spanish and English in the
 * bundles it loads, and those bundles hold no message for a code that no longer exists.
 */
class ProblemMessagesTest extends ProblemMessagesContract {

  ProblemMessagesTest() {
    // Waits in seconds the service computed: the only values a problem message may show.
    super(
        "query-service.yml",
        QueryServiceApplication.class,
        Set.of("VIEW_NOT_CAUGHT_UP", "PAST_NOT_SETTLED", "TIME_TRAVEL_BUSY"));
  }
}
