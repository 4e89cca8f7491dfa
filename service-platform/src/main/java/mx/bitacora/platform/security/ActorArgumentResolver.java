package mx.bitacora.platform.security;

import mx.bitacora.events.common.AgencyId;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controller methods take the authenticated {@link Actor} as a parameter. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return Actor.class.equals(parameter.getParameterType());
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    return currentActor();
  }

  /** The actor of the current request; only called behind authentication. */
  static Actor currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      throw new IllegalStateException("no JWT authentication for this request");
    }
    return new Actor(
        token.getToken().getSubject(),
        new AgencyId(token.getToken().getClaimAsString(ActorTokenConverter.AGENCY_CLAIM)),
        ActorTokenConverter.rolesOf(token.getToken()));
  }
}
