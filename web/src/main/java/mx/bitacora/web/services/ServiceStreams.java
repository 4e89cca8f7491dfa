package mx.bitacora.web.services;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Opens one of query-service's live streams (server-sent events) with the signed-in person's token
 * and language. Unlike {@link ServiceCalls}, the answer is read for as long as the person keeps the
 * page open, so it has no read timeout: whoever reads it closes it.
 */
@Component
public class ServiceStreams {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final OAuth2AuthorizedClientManager clients;
  private final String queryServiceUrl;

  ServiceStreams(
      OAuth2AuthorizedClientManager clients,
      @Value("${bitacora.web.query-service-url}") String queryServiceUrl) {
    this.clients = clients;
    this.queryServiceUrl = queryServiceUrl;
  }

  /**
   * The stream's status and, when it is 200, its body (the caller closes it); called on the page
   * request's thread. 401 without asking when the person's sign-in can no longer give a token.
   */
  public Opened open(UriComponentsBuilder path) {
    String token = accessToken();
    if (token == null) {
      return new Opened(401, InputStream.nullInputStream());
    }
    HttpRequest request =
        HttpRequest.newBuilder(ServiceCalls.on(queryServiceUrl, path))
            .timeout(Duration.ofSeconds(10)) // until the answer's headers, not its end
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE)
            .header(HttpHeaders.ACCEPT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag())
            .GET()
            .build();
    try {
      HttpResponse<InputStream> answer =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      return new Opened(answer.statusCode(), answer.body());
    } catch (IOException unreachable) {
      throw new ResourceAccessException("query-service's live stream: " + unreachable);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ResourceAccessException("interrupted opening query-service's live stream");
    }
  }

  // The same token ServiceCalls sends (refreshed when it has expired), asked for explicitly: the
  // stream is read on another thread, where the person's request is not at hand.
  private String accessToken() {
    ServletRequestAttributes current =
        (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    OAuth2AuthorizedClient authorized;
    try {
      authorized =
          clients.authorize(
              OAuth2AuthorizeRequest.withClientRegistrationId(
                      ServiceClientConfiguration.REGISTRATION)
                  .principal(SecurityContextHolder.getContext().getAuthentication())
                  .attribute(HttpServletRequest.class.getName(), current.getRequest())
                  .attribute(HttpServletResponse.class.getName(), current.getResponse())
                  .build());
    } catch (OAuth2AuthorizationException expired) {
      return null; // e.g. the refresh token has expired too: the person signs in again
    }
    return authorized == null ? null : authorized.getAccessToken().getTokenValue();
  }

  /** A stream's status and body. */
  public record Opened(int status, InputStream body) {}
}
