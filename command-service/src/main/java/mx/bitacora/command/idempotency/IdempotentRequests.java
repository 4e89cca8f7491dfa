package mx.bitacora.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.bitacora.command.messaging.EventPositionHeader;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.ProblemCatalog;
import mx.bitacora.platform.problem.ProblemCode;
import mx.bitacora.platform.problem.StorageFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every command request with an {@value #HEADER} header safe to retry. Runs after the
 * security filters (the key belongs to the acting agency). A key seen before, with the same method,
 * path and body, gets the first answer again (status, body, {@code Location}, {@code
 * X-Event-Position}), and nothing is sent to the command side; with another request it is {@code
 * IDEMPOTENCY_KEY_REUSED} (409). A new key is stored with the command's events ({@link
 * IdempotencyKeys}), then completed with the answer. A request that fails because a concurrent one
 * with its key won is given that one's answer.
 */
@Component
class IdempotentRequests extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

  /** Set on an answer given again to a retry, so a client can tell it from a first answer. */
  static final String REPLAYED = "Idempotent-Replayed";

  private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final IdempotencyKeys keys;
  private final IdempotencyProperties properties;
  private final ProblemCatalog problems;
  private final LocaleResolver locales;
  private final ObjectMapper json;

  IdempotentRequests(
      IdempotencyKeys keys,
      IdempotencyProperties properties,
      ProblemCatalog problems,
      LocaleResolver locales,
      ObjectMapper json) {
    this.keys = keys;
    this.properties = properties;
    this.problems = problems;
    this.locales = locales;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    return request.getHeader(HEADER) == null
        || method.equals("GET")
        || method.equals("HEAD")
        || method.equals("OPTIONS");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    String agency = actingAgency();
    if (agency == null) {
      chain.doFilter(request, response); // unauthenticated: the security filters have answered
      return;
    }
    if (!VALID_KEY.matcher(key).matches()) {
      problem(request, response, IdempotencyProblem.IDEMPOTENCY_KEY_INVALID);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    String digest = digest(cached);
    Optional<StoredKey> stored;
    try {
      stored = keys.find(agency, key);
    } catch (DataAccessException unreachable) {
      response.setHeader(HttpHeaders.RETRY_AFTER, StorageFailures.RETRY_AFTER_SECONDS);
      problem(request, response, PlatformProblem.STORAGE_UNAVAILABLE);
      return;
    }
    if (stored.isPresent()) {
      answerAgain(cached, response, stored.get(), digest);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    RequestAttributes attributes = new ServletRequestAttributes(cached, answer);
    IdempotencyKeys.pending(attributes, new PendingKey(agency, key, digest));
    chain.doFilter(cached, answer);
    int status = answer.getStatus();
    if (IdempotencyKeys.storedFor(attributes) && status >= 200 && status < 300) {
      storeAnswer(agency, key, answer);
    } else if (status >= 400 && status != HttpStatus.SERVICE_UNAVAILABLE.value()) {
      // Lost to a concurrent request with this key? Then its answer is this one's too.
      Optional<StoredKey> winner = keys.find(agency, key);
      if (winner.isPresent()) {
        answer.resetBuffer();
        answerAgain(cached, answer, winner.get(), digest);
      }
    }
    answer.copyBodyToResponse();
  }

  /**
   * Keeps the answer for retries. The command is recorded whatever happens here: if the answer
   * cannot be stored, it is still sent, and a retry is told the command was recorded.
   */
  private void storeAnswer(String agency, String key, ContentCachingResponseWrapper answer) {
    try {
      keys.answered(
          agency,
          key,
          answer.getStatus(),
          answer.getContentType(),
          answer.getHeader(HttpHeaders.LOCATION),
          answer.getContentAsByteArray());
    } catch (DataAccessException unreachable) {
      log.warn("The answer for an idempotency key could not be stored: {}", unreachable.toString());
    }
  }

  private void answerAgain(
      HttpServletRequest request, HttpServletResponse response, StoredKey stored, String digest)
      throws IOException {
    if (!stored.requestDigest().equals(digest)) {
      problem(request, response, IdempotencyProblem.IDEMPOTENCY_KEY_REUSED);
      return;
    }
    StoredKey answered = stored.answered() ? stored : awaitAnswer(request, stored);
    response.setHeader(REPLAYED, "true");
    response.setHeader(EventPositionHeader.HEADER, Long.toString(answered.lastPosition()));
    if (!answered.answered()) {
      // Recorded, but the first answer was never stored (the service stopped in between).
      response.setStatus(HttpStatus.OK.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(
          response.getOutputStream(),
          Map.of("recorded", true, "position", answered.lastPosition()));
      return;
    }
    response.setStatus(answered.answerStatus());
    if (answered.answerType() != null) {
      response.setContentType(answered.answerType());
    }
    if (answered.answerLocation() != null) {
      response.setHeader(HttpHeaders.LOCATION, answered.answerLocation());
    }
    if (answered.answerBody() != null) {
      response.getOutputStream().write(answered.answerBody());
    }
  }

  /** The first request is still answering: wait a little for its answer to be stored. */
  private StoredKey awaitAnswer(HttpServletRequest request, StoredKey stored) {
    String agency = actingAgency();
    String key = request.getHeader(HEADER);
    Instant until = Instant.now().plus(properties.answerWait());
    StoredKey latest = stored;
    while (!latest.answered() && Instant.now().isBefore(until)) {
      try {
        Thread.sleep(Duration.ofMillis(50).toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
      latest = keys.find(agency, key).orElse(latest);
    }
    return latest;
  }

  private void problem(HttpServletRequest request, HttpServletResponse response, ProblemCode code)
      throws IOException {
    ProblemDetail problem = problems.problem(code, locales.resolveLocale(request));
    response.setStatus(code.status().value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static String actingAgency() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof JwtAuthenticationToken token) {
      Object agency = token.getToken().getClaims().get("agency");
      return agency instanceof String text && !text.isBlank() ? text : null;
    }
    return null;
  }

  private static String digest(CachedBodyRequest request) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(
          (request.getMethod() + " " + request.getRequestURI() + "\n")
              .getBytes(StandardCharsets.UTF_8));
      sha256.update(request.body());
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
