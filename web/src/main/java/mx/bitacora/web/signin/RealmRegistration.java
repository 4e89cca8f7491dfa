package mx.bitacora.web.signin;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The realm as this application's OIDC client sees it, built from two addresses rather than
 * discovered: the <em>issuer</em> browsers reach and tokens name ({@code
 * bitacora.web.realm.issuer}) and the address this process reaches it at ({@code
 * bitacora.web.realm.internal-url}, the issuer unless set). They differ in Compose, where the
 * browser goes to {@code localhost:8180} and this container to {@code keycloak:8180}; discovery
 * would insist on one.
 */
@Configuration(proxyBeanMethods = false)
class RealmRegistration {

  static final String REGISTRATION = "keycloak";
  private static final String OIDC = "/protocol/openid-connect";

  @Bean
  ClientRegistrationRepository clientRegistrations(
      @Value("${bitacora.web.realm.issuer}") String issuer,
      @Value("${bitacora.web.realm.internal-url:${bitacora.web.realm.issuer}}") String internal,
      @Value("${bitacora.web.realm.client-id}") String clientId,
      @Value("${bitacora.web.realm.client-secret}") String clientSecret) {
    ClientRegistration keycloak =
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientId(clientId)
            .clientSecret(clientSecret)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .issuerUri(issuer)
            .authorizationUri(issuer + OIDC + "/auth")
            .tokenUri(internal + OIDC + "/token")
            .jwkSetUri(internal + OIDC + "/certs")
            .userInfoUri(internal + OIDC + "/userinfo")
            .userNameAttributeName(IdTokenClaimNames.SUB)
            .providerConfigurationMetadata(
                Map.of("end_session_endpoint", issuer + OIDC + "/logout"))
            .clientName("Keycloak")
            .build();
    return new InMemoryClientRegistrationRepository(keycloak);
  }
}
