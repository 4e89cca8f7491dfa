package mx.bitacora.web.live;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open relays of this instance: each reads one query-service stream on a virtual thread and
 * passes its {@code subscribed} and {@code change} events on to one browser. A comment every 20
 * seconds finds browsers that have gone, so their upstream stream is closed too.
 */
@Component
class LiveRelays implements DisposableBean {

  // As long as query-service keeps a stream; the browser's EventSource then reconnects.
  private static final Duration LIFETIME = Duration.ofMinutes(30);
  private static final Duration HEARTBEAT = Duration.ofSeconds(20);
  private static final Set<String> PASSED_ON = Set.of("subscribed", "change");

  private final Set<Relay> open = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("live-heartbeat").daemon().factory());

  LiveRelays() {
    heartbeat.scheduleAtFixedRate(
        this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
  }

  SseEmitter relay(InputStream upstream) {
    Relay relay = new Relay(new SseEmitter(LIFETIME.toMillis()), upstream);
    open.add(relay);
    relay.emitter().onCompletion(() -> end(relay));
    relay.emitter().onTimeout(() -> end(relay));
    relay.emitter().onError(failure -> end(relay));
    Thread.ofVirtual().name("live-relay").start(() -> forward(relay));
    return relay.emitter();
  }

  private void forward(Relay relay) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(relay.upstream(), UTF_8))) {
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (name != null && PASSED_ON.contains(name)) {
            relay.emitter().send(SseEmitter.event().name(name).data(data.toString()));
          }
          name = null;
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
          data.append(data.isEmpty() ? "" : "\n").append(line.substring("data:".length()).strip());
        }
      }
    } catch (IOException | IllegalStateException gone) {
      // The browser left, or this relay was ended (its upstream closed under the reader).
    }
    end(relay); // query-service ended the stream, or either side went: the browser reconnects
  }

  private void beat() {
    for (Relay relay : open) {
      try {
        relay.emitter().send(SseEmitter.event().comment(""));
      } catch (IOException | IllegalStateException gone) {
        end(relay);
      }
    }
  }

  private void end(Relay relay) {
    if (!open.remove(relay)) {
      return;
    }
    try {
      relay.upstream().close();
    } catch (IOException alreadyClosed) {
      // nothing more to release
    }
    try {
      relay.emitter().complete();
    } catch (IllegalStateException alreadyComplete) {
      // the browser's side is already finished
    }
  }

  @Override
  public void destroy() {
    heartbeat.shutdownNow();
    // Before the web server's graceful shutdown, which would wait for open streams.
    open.forEach(this::end);
  }

  private record Relay(SseEmitter emitter, InputStream upstream) {}
}
