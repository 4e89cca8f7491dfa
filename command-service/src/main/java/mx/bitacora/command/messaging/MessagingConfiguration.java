package mx.bitacora.command.messaging;

import java.util.ArrayList;
import java.util.List;
import mx.bitacora.platform.logging.MessageLogContext;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Carries actor, agency, roles, request id, correlation id and trace id onto every event. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

  /** Axon's own provider (correlationId, traceId); declared because ours replaces the default. */
  @Bean
  CorrelationDataProvider messageOriginProvider() {
    return new MessageOriginProvider();
  }

  /** Copies the actor's metadata, and a creation command's fingerprint, onto its events. */
  @Bean
  CorrelationDataProvider actorCorrelationDataProvider() {
    List<String> keys = new ArrayList<>(ActorMetadata.KEYS);
    keys.add(CreationFingerprint.METADATA_KEY);
    return new SimpleCorrelationDataProvider(keys.toArray(String[]::new));
  }

  /** The gateway every controller uses; it stamps each command with the acting user. */
  @Bean
  CommandGateway commandGateway(CommandBus commandBus) {
    // Here because every command the API sends passes this gateway to that bus: while handled,
    // the logging context names the command's correlation id (the request's id is there already).
    commandBus.registerHandlerInterceptor(MessageLogContext.forCommands());
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .dispatchInterceptors(new ActorMetadataInterceptor())
        .build();
  }
}
