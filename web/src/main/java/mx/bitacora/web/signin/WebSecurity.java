package mx.bitacora.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every page needs a signed-in person: signing in is the identity provider's authorization-code
 * flow with PKCE (S256, also for this confidential client), its page in the person's language;
 * signing out ends the provider's session too and comes back to the start page. CSRF protection
 * (Spring Security's default) covers every form, sign-out included.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

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
        .build();
  }
}
