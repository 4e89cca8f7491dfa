package mx.bitacora.command.messaging;

import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends a command and waits for it to be stored, translating Axon's storage outcomes into the API's
 * rejections: {@code <SUBJECT>_NOT_FOUND} (404), {@code <SUBJECT>_ALREADY_RECORDED} for a creation
 * whose id is taken, {@code CONCURRENT_UPDATE} when another write won the race (409).
 */
@Component
public class CommandSender {

  private final CommandGateway gateway;

  CommandSender(CommandGateway gateway) {
    this.gateway = gateway;
  }

  /** Sends a command that creates the aggregate with a client-chosen id. */
  public void create(Object command, String subject, Object id) {
    try {
      gateway.sendAndWait(command);
    } catch (AggregateStreamCreationException | ConcurrencyException idTaken) {
      throw RejectedException.ruleViolated(subject + "_ALREADY_RECORDED", id);
    }
  }

  /** Sends a command to an existing aggregate. */
  public void update(Object command, String subject, Object id) {
    try {
      gateway.sendAndWait(command);
    } catch (AggregateNotFoundException unknown) {
      throw RejectedException.notFound(subject + "_NOT_FOUND", id);
    } catch (ConcurrencyException lostRace) {
      throw RejectedException.ruleViolated("CONCURRENT_UPDATE", id);
    }
  }
}
