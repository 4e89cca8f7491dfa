package mx.bitacora.web.services;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The client for both services: each request carries the signed-in person's access token (from
 * their sign-in, refreshed with the refresh token when it has expired; when that fails they are
 * sent to sign in again) and their language as {@code Accept-Language}, so problems come back
 * translated. Timeouts are short: a page waits seconds, not minutes, for an answer.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClientConfiguration {

  static final String REGISTRATION = "keycloak";

  @Bean
  OAuth2AuthorizedClientManager authorizedClients(
      ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository clients) {
    DefaultOAuth2AuthorizedClientManager manager =
        new DefaultOAuth2AuthorizedClientManager(registrations, clients);
    manager.setAuthorizedClientProvider(
        OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
    return manager;
  }

  /** One client for both services (ServiceCalls gives each request its absolute address). */
  @Bean
  RestClient services(
      OAuth2AuthorizedClientManager clients, OAuth2AuthorizedClientRepository repository) {
    OAuth2ClientHttpRequestInterceptor withToken = new OAuth2ClientHttpRequestInterceptor(clients);
    withToken.setClientRegistrationIdResolver(request -> REGISTRATION);
    withToken.setAuthorizationFailureHandler(
        OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(repository));
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory();
    requests.setReadTimeout(java.time.Duration.ofSeconds(30));
    return RestClient.builder()
        .requestFactory(requests)
        .requestInterceptor(withToken)
        .requestInterceptor(inTheirLanguage())
        .build();
  }

  private static ClientHttpRequestInterceptor inTheirLanguage() {
    return (request, body, execution) -> {
      request
          .getHeaders()
          .set(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag());
      return execution.execute(request, body);
    };
  }
}
