package mx.bitacora.command.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.stereotype.Component;

/**
 * Counts each command the API sends by its outcome ({@code bitacora.commands}): {@code OK}, the
 * problem code it was refused with, or {@code ERROR} for any other failure; tagged with the
 * command's type.
 */
@Component
class CommandOutcomes {

  static final String OK = "OK";
  static final String ERROR = "ERROR";

  private final MeterRegistry meters;

  CommandOutcomes(MeterRegistry meters) {
    this.meters = meters;
  }

  void counted(Object command, Runnable sending) {
    counted(
        command,
        () -> {
          sending.run();
          return null;
        });
  }

  <R> R counted(Object command, Supplier<R> sending) {
    String outcome = ERROR;
    try {
      R answer = sending.get();
      outcome = OK;
      return answer;
    } catch (RejectedException refused) {
      outcome = refused.problem().name();
      throw refused;
    } finally {
      Counter.builder("bitacora.commands")
          .description("Commands sent by the API, by type and outcome (OK or the problem code)")
          .tag("command", command.getClass().getSimpleName())
          .tag("outcome", outcome)
          .register(meters)
          .increment();
    }
  }
}
