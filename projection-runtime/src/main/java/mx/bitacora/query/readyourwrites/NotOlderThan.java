package mx.bitacora.query.readyourwrites;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds a query that names a log position ({@value #PARAMETER} or the {@value #HEADER} header)
 * until every processing group its endpoint is {@link FedBy fed by} has processed that position,
 * polling their progress; past {@code bitacora.read-your-writes.max-wait} it refuses with {@link
 * ViewNotCaughtUp} (503). A position that is not a non-negative integer is {@link
 * MalformedPosition} (400).
 */
@Component
class NotOlderThan implements HandlerInterceptor {

  /** The query parameter naming the position. */
  static final String PARAMETER = "notOlderThan";

  /** The request header naming the position, for clients that prefer not to touch the URL. */
  static final String HEADER = "X-Not-Older-Than";

  private final ProcessedPositions positions;
  private final ReadYourWritesProperties properties;

  NotOlderThan(ProcessedPositions positions, ReadYourWritesProperties properties) {
    this.positions = positions;
    this.properties = properties;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws InterruptedException {
    if (!(handler instanceof HandlerMethod endpoint)) {
      return true;
    }
    Optional<List<String>> groups = Feeds.of(endpoint);
    if (groups.isEmpty()) {
      return true;
    }
    OptionalLong position = requestedPosition(request);
    if (position.isPresent()) {
      awaitProcessed(groups.get(), position.getAsLong());
    }
    return true;
  }

  /** The stricter of the parameter and the header, if either is given. */
  private static OptionalLong requestedPosition(HttpServletRequest request) {
    OptionalLong parameter = parse(request.getParameter(PARAMETER));
    OptionalLong header = parse(request.getHeader(HEADER));
    if (parameter.isPresent() && header.isPresent()) {
      return OptionalLong.of(Math.max(parameter.getAsLong(), header.getAsLong()));
    }
    return parameter.isPresent() ? parameter : header;
  }

  private static OptionalLong parse(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      long position = Long.parseLong(value.strip());
      if (position < 0) {
        throw new MalformedPosition();
      }
      return OptionalLong.of(position);
    } catch (NumberFormatException notANumber) {
      throw new MalformedPosition();
    }
  }

  private void awaitProcessed(List<String> processingGroups, long position)
      throws InterruptedException {
    long deadline = System.nanoTime() + properties.maxWait().toNanos();
    while (!processedByAll(processingGroups, position)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new ViewNotCaughtUp(position, properties.retryAfterSeconds());
      }
      Thread.sleep(Math.max(1, Math.min(properties.pollInterval().toMillis(), left / 1_000_000)));
    }
  }

  private boolean processedByAll(List<String> processingGroups, long position) {
    return processingGroups.stream().allMatch(group -> positions.processed(group, position));
  }

  /** A position that is not a non-negative integer. */
  static final class MalformedPosition extends RuntimeException {
    MalformedPosition() {
      super("malformed " + PARAMETER, null, false, false);
    }
  }

  /** The view had not caught up with the position when the wait ran out. */
  static final class ViewNotCaughtUp extends RuntimeException {
    private final transient long retryAfterSeconds;

    ViewNotCaughtUp(long position, long retryAfterSeconds) {
      super("view not caught up with position " + position, null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
