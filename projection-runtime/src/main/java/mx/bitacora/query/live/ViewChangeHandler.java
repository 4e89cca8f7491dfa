package mx.bitacora.query.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import mx.bitacora.query.notifications.NotificationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands the view changes any instance announces ({@link ViewChanges}) to this one's streams. */
@Component
class ViewChangeHandler implements NotificationHandler {

  private static final Logger log = LoggerFactory.getLogger(ViewChangeHandler.class);

  private final LiveStreams streams;
  private final ObjectMapper json;

  ViewChangeHandler(LiveStreams streams, ObjectMapper json) {
    this.streams = streams;
    this.json = json;
  }

  @Override
  public String channel() {
    return ViewChanges.CHANNEL;
  }

  @Override
  public void handle(String payload) {
    ViewChange change;
    try {
      change = json.readValue(payload, ViewChange.class);
    } catch (Exception e) {
      log.warn("Ignoring an unreadable view change notification", e);
      return;
    }
    streams.publish(change);
  }
}
