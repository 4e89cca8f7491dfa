package mx.bitacora.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every page needs a signed-in person: signing in is the identity provider's authorization-code
 * flow with PKCE (S256, also for this confidential client), its page in the person's language;
 * signing out ends the provider's session too and comes back to the start page. CSRF protection
 * (Spring Security's default) covers every form, sign-out included.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

  private static final RequestMatcher NOT_A_PAGE =
      new OrRequestMatcher(
          PathPatternRequestMatcher.withDefaults().matcher("/vivo/**"),
          new RequestHeaderRequestMatcher("HX-Request"));

  private static HttpSessionRequestCache pagesOnly() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(new NegatedRequestMatcher(NOT_A_PAGE));
    return cache;
  }

  @Bean
  SecurityFilterChain pages(
      HttpSecurity http, ClientRegistrationRepository clients, LocaleResolver languages)
      throws Exception {
    SignInInTheirLanguage signIn = new SignInInTheirLanguage(clients, languages);
    OidcClientInitiatedLogoutSuccessHandler backHome =
        new OidcClientInitiatedLogoutSuccessHandler(clients);
    backHome.setPostLogoutRedirectUri("{baseUrl}/");
    return http.authorizeHttpRequests(
            pages ->
                pages
                    .requestMatchers(
                        "/actuator/health/**", "/css/**", "/js/**", "/webjars/**", "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .oauth2Login(
            login ->
                login.authorizationEndpoint(
                    endpoint -> endpoint.authorizationRequestResolver(signIn)))
        .logout(logout -> logout.logoutSuccessHandler(backHome))
        // A live stream or a partial refresh whose session has ended gets 401, not the sign-in
        // page; nor is it the page the person returns to after signing in again.
        .exceptionHandling(
            failures ->
                failures.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), NOT_A_PAGE))
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .build();
  }
}
