package mx.bitacora.command.agency;

import java.util.HashMap;
import java.util.Map;
import mx.bitacora.command.messaging.ActorMetadata;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Refuses, before any aggregate is loaded, a command from an actor whose agency is not registered
 * and active ({@code ACTING_AGENCY_NOT_ACTIVE}, 403), and a command naming an agency that is not
 * ({@code AGENCY_NOT_ACTIVE}, 422). The agency register's own commands are exempt: platform
 * administrators keep it for the platform, not for an agency.
 */
class ActiveAgencyRule implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final AgencyDirectory agencies;

  ActiveAgencyRule(AgencyDirectory agencies) {
    this.agencies = agencies;
  }

  @Override
  public Object handle(
      UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    CommandMessage<?> command = unitOfWork.getMessage();
    Object payload = command.getPayload();
    if (!keepsTheAgencyRegister(payload)) {
      // Each agency is read once per command, though the actor's is often also named in it.
      Map<AgencyId, Boolean> active = new HashMap<>();
      ensureActorAgencyActive(command.getMetaData(), active);
      if (payload instanceof NamesAgencies named) {
        ensureNamedAgenciesActive(named, active);
      }
    }
    return interceptorChain.proceed();
  }

  private static boolean keepsTheAgencyRegister(Object payload) {
    return payload instanceof RegisterAgencyCommand
        || payload instanceof RenameAgencyCommand
        || payload instanceof DeactivateAgencyCommand;
  }

  /** Commands without an authenticated actor (none are sent today) are not an agency's writes. */
  private void ensureActorAgencyActive(MetaData metaData, Map<AgencyId, Boolean> active) {
    if (!metaData.containsKey(ActorMetadata.ACTOR)) {
      return;
    }
    Object agency = metaData.get(ActorMetadata.ACTOR_AGENCY);
    if (!(agency instanceof String slug)
        || !AgencyId.isValid(slug)
        || !active.computeIfAbsent(new AgencyId(slug), agencies::isActive)) {
      throw new RejectedException(AgencyProblem.ACTING_AGENCY_NOT_ACTIVE);
    }
  }

  private void ensureNamedAgenciesActive(NamesAgencies command, Map<AgencyId, Boolean> active) {
    for (AgencyId agency : command.namedAgencies()) {
      if (agency != null && !active.computeIfAbsent(agency, agencies::isActive)) {
        throw new RejectedException(AgencyProblem.AGENCY_NOT_ACTIVE);
      }
    }
  }
}
