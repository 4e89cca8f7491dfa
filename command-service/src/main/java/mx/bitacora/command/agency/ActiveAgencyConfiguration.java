package mx.bitacora.command.agency;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ActiveAgencyRule} in front of every command handler. */
@Configuration(proxyBeanMethods = false)
class ActiveAgencyConfiguration {

  @Autowired
  void requireActiveAgencies(CommandBus commandBus, AgencyDirectory agencies) {
    commandBus.registerHandlerInterceptor(new ActiveAgencyRule(agencies));
  }
}
