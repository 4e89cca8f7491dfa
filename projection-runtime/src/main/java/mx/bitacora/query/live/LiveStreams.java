package mx.bitacora.query.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open server-sent-event streams of this instance, each with what its caller may hear. They are
 * ended when the service stops, before the web server's graceful shutdown, which would otherwise
 * wait for them as for unfinished requests.
 */
@Component
class LiveStreams implements SmartLifecycle {

  // A stream ends after this long; clients reconnect (EventSource does so by itself).
  private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private volatile boolean running;

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    subscriptions.forEach(subscription -> subscription.emitter().complete());
    subscriptions.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Opens a stream for {@code stream} that hears the changes {@code hears} lets through. */
  SseEmitter open(String stream, Predicate<ViewChange> hears) {
    SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    Subscription subscription = new Subscription(emitter, hears);
    subscriptions.add(subscription);
    emitter.onCompletion(() -> subscriptions.remove(subscription));
    emitter.onTimeout(() -> subscriptions.remove(subscription));
    emitter.onError(failure -> subscriptions.remove(subscription));
    try {
      // Tells the client (and the visibility matrix) at once that the stream is open.
      emitter.send(SseEmitter.event().name("subscribed").data(Map.of("stream", stream)));
    } catch (IOException e) {
      subscriptions.remove(subscription);
      emitter.completeWithError(e);
    }
    return emitter;
  }

  void publish(ViewChange change) {
    for (Subscription subscription : subscriptions) {
      if (!subscription.hears().test(change)) {
        continue;
      }
      try {
        subscription
            .emitter()
            .send(
                SseEmitter.event()
                    .name("change")
                    .data(Map.of("view", change.view(), "id", change.id())));
      } catch (IOException | IllegalStateException e) {
        subscriptions.remove(subscription); // the client went away
      }
    }
  }

  private record Subscription(SseEmitter emitter, Predicate<ViewChange> hears) {}
}
