package mx.bitacora.web.live;

import java.io.IOException;
import mx.bitacora.web.services.ServiceStreams;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The streams pages listen to ({@code sse-connect}): the person's agency, one shelter, the
 * commission's. query-service decides who may hear which; a refusal (403, 404) is passed on as it
 * is, before any event.
 */
@Controller
class LiveUpdates {

  private final ServiceStreams streams;
  private final LiveRelays relays;

  LiveUpdates(ServiceStreams streams, LiveRelays relays) {
    this.streams = streams;
    this.relays = relays;
  }

  @GetMapping(path = "/vivo/mi-dependencia", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  ResponseEntity<SseEmitter> myAgency() throws IOException {
    return relay(UriComponentsBuilder.fromPath("/live/my-agency"));
  }

  @GetMapping(path = "/vivo/albergues/{shelterId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  ResponseEntity<SseEmitter> shelter(@PathVariable String shelterId) throws IOException {
    return relay(UriComponentsBuilder.fromPath("/live/shelters").pathSegment(shelterId));
  }

  @GetMapping(path = "/vivo/comision", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  ResponseEntity<SseEmitter> commission() throws IOException {
    return relay(UriComponentsBuilder.fromPath("/live/commission"));
  }

  private ResponseEntity<SseEmitter> relay(UriComponentsBuilder stream) throws IOException {
    ServiceStreams.Opened opened = streams.open(stream);
    if (opened.status() != 200) {
      opened.body().close();
      return ResponseEntity.status(opened.status()).build();
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("X-Accel-Buffering", "no") // a proxy in front must not hold the events back
        .body(relays.relay(opened.body()));
  }
}
