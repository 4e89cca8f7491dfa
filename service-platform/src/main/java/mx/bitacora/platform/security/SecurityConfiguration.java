package mx.bitacora.platform.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Both services are stateless OAuth2 resource servers: every API call needs a bearer JWT; health
 * probes, Prometheus's scrape and the API documentation are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration implements WebMvcConfigurer {

  private static final String[] OPEN_PATHS = {
    "/actuator/health",
    "/actuator/health/**",
    // Prometheus scrapes without a token, as the probes do: counts and codes, never case data.
    "/actuator/prometheus",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html"
  };

  @Bean
  SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblemHandler problems)
      throws Exception {
    return http.csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    // The error page answers what the container refused, as a problem.
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(OPEN_PATHS)
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new ActorTokenConverter()))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .addFilterAfter(new ActorLogContextFilter(), BearerTokenAuthenticationFilter.class)
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .build();
  }

  /** Added by Spring Boot to the validators of whichever JWT decoder it configures. */
  @Bean
  OAuth2TokenValidator<Jwt> actorTokenValidator(Environment environment) {
    return new ActorTokenValidator(TokenExpectations.from(environment), Clock.systemUTC());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorArgumentResolver());
  }
}
