package mx.bitacora.command.messaging;

import java.util.Set;
import mx.bitacora.command.CommandServiceApplication;
import mx.bitacora.testsupport.ProblemMessagesContract;

/**
 * Every problem code command-service can answer (its features' enums and the platform's) has a
 * title and detail in Spanish and English in the bundles it loads, and those bundles hold no
 * message for a code that no longer exists.
 */
class ProblemMessagesTest extends ProblemMessagesContract {

  ProblemMessagesTest() {
    super("command-service.yml", CommandServiceApplication.class, Set.of());
  }
}
