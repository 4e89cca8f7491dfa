package mx.bitacora.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import mx.bitacora.platform.logging.LogContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/** Once the token is checked, names the caller's agency in the logging context. */
class ActorLogContextFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, Object> values = new HashMap<>();
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      values.put(
          LogContext.ACTOR_AGENCY,
          token.getToken().getClaimAsString(ActorTokenConverter.AGENCY_CLAIM));
    }
    try (LogContext.Scope scope = LogContext.with(values)) {
      chain.doFilter(request, response);
    }
  }
}
