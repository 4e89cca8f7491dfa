package mx.bitacora.query.tracking;

import mx.bitacora.platform.eventstore.WakeableEventStore;
import mx.bitacora.query.notifications.NotificationHandler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Wakes the processors' event stream when command-service (or any instance) has committed an
 * append, so that a new event is projected at once rather than at the stream's next poll ({@code
 * bitacora.event-store.fetch-delay}, which remains the fallback). Off with {@code
 * bitacora.event-store.wake-on-append=false}; absent under Axon Server.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
@ConditionalOnBooleanProperty(name = "bitacora.event-store.wake-on-append", matchIfMissing = true)
class AppendWakeUp implements NotificationHandler {

  private final WakeableEventStore eventStore;

  AppendWakeUp(WakeableEventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public String channel() {
    return WakeableEventStore.APPENDED_CHANNEL;
  }

  @Override
  public void handle(String payload) {
    eventStore.wakeUp();
  }

  @Override
  public void listening() {
    eventStore.wakeUp(); // appends announced while not listening are read now
  }
}
