package mx.bitacora.command.agency;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
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
      ensureActorAgencyActive(command.getMetaData());
      if (payload instanceof NamesAgencies named) {
        ensureNamedAgenciesActive(named);
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
  private void ensureActorAgencyActive(MetaData metaData) {
    if (!metaData.containsKey(ActorMetadata.ACTOR)) {
      return;
    }
    Object agency = metaData.get(ActorMetadata.ACTOR_AGENCY);
    if (!(agency instanceof String slug)
        || !AgencyId.isValid(slug)
        || !agencies.isActive(new AgencyId(slug))) {
      throw RejectedException.forbidden("ACTING_AGENCY_NOT_ACTIVE");
    }
  }

  private void ensureNamedAgenciesActive(NamesAgencies command) {
    Set<AgencyId> named = new LinkedHashSet<>(command.namedAgencies());
    named.removeIf(Objects::isNull);
    for (AgencyId agency : named) {
      if (!agencies.isActive(agency)) {
        throw RejectedException.unprocessable("AGENCY_NOT_ACTIVE");
      }
    }
  }
}
