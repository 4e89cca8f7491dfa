package mx.bitacora.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends a person to the identity provider's sign-in page with PKCE (S256) and in the language they
 * use here ({@code ui_locales}): Spanish unless they switched to English.
 */
class SignInInTheirLanguage implements OAuth2AuthorizationRequestResolver {

  private final DefaultOAuth2AuthorizationRequestResolver withPkce;
  private final LocaleResolver languages;

  SignInInTheirLanguage(ClientRegistrationRepository clients, LocaleResolver languages) {
    this.withPkce = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
    this.withPkce.setAuthorizationRequestCustomizer(
        OAuth2AuthorizationRequestCustomizers.withPkce());
    this.languages = languages;
  }

  @Override
  public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
    return inTheirLanguage(request, withPkce.resolve(request));
  }

  @Override
  public OAuth2AuthorizationRequest resolve(
      HttpServletRequest request, String clientRegistrationId) {
    return inTheirLanguage(request, withPkce.resolve(request, clientRegistrationId));
  }

  private OAuth2AuthorizationRequest inTheirLanguage(
      HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
    if (authorization == null) {
      return null;
    }
    String language = languages.resolveLocale(request).getLanguage();
    return OAuth2AuthorizationRequest.from(authorization)
        .additionalParameters(parameters -> parameters.put("ui_locales", language))
        .build();
  }
}
