package mx.bitacora.platform.eventstore;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, whose readers can be woken when another process has appended: {@link
 * #wakeUp()} makes its tailing reader fetch at once instead of at its next poll, as Axon does
 * itself after an append committed in this process.
 */
public class WakeableEventStore extends EmbeddedEventStore {

  /**
   * The PostgreSQL channel on which every committed append is announced (an insert trigger on the
   * event table, migration {@code V7}); PostgreSQL delivers it when the appending transaction
   * commits.
   */
  public static final String APPENDED_CHANNEL = "bitacora_event_appended";

  WakeableEventStore(Builder builder) {
    super(builder);
  }

  /** Makes the tailing reader fetch now if it is waiting for new events. */
  public void wakeUp() {
    // afterCommit only wakes the producer; it publishes nothing.
    afterCommit(List.of());
  }
}
