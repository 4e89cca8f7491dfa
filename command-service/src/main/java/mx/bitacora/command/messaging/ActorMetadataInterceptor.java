package mx.bitacora.command.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import mx.bitacora.platform.request.RequestId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Stamps each command with the authenticated actor, their agency and roles, and the HTTP request
 * id, taken from the request thread that dispatches it. Correlation data providers then copy them
 * onto every event the command causes.
 */
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    Map<String, Object> actor = currentActor();
    return (index, command) -> command.andMetaData(actor);
  }

  private static Map<String, Object> currentActor() {
    Map<String, Object> metadata = new HashMap<>();
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      metadata.put(ActorMetadata.ACTOR, token.getName());
      metadata.put(ActorMetadata.ACTOR_AGENCY, token.getToken().getClaimAsString("agency"));
      metadata.put(
          ActorMetadata.ACTOR_ROLES,
          token.getAuthorities().stream()
              .map(GrantedAuthority::getAuthority)
              .map(authority -> authority.replaceFirst("^ROLE_", ""))
              .sorted()
              .collect(Collectors.joining(",")));
    }
    RequestId.current().ifPresent(id -> metadata.put(ActorMetadata.REQUEST_ID, id));
    return metadata;
  }
}
