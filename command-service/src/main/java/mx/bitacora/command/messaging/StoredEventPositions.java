package mx.bitacora.command.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import mx.bitacora.platform.eventstore.JdbcEventStoreConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Learns the global position of the events a command stored. Axon's JDBC engine does not return the
 * {@code global_index} PostgreSQL assigns, so an event-bus dispatch interceptor notes the
 * identifier of every event published while a command is being sent on this thread, and once the
 * command has returned (its transaction committed) their highest {@code global_index} is looked up
 * by {@code event_identifier} (unique, hence indexed). Absent under the {@code axonserver} profile,
 * which has no event table.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class StoredEventPositions {

  // Axon's SimpleCommandBus handles and commits a command on the thread that sends it.
  private static final ThreadLocal<List<String>> PUBLISHED = new ThreadLocal<>();

  private final JdbcTemplate jdbc;

  StoredEventPositions(EventStore eventStore, JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    eventStore.registerDispatchInterceptor(
        events -> {
          List<String> published = PUBLISHED.get();
          if (published != null) {
            events.forEach(event -> published.add(event.getIdentifier()));
          }
          return (index, event) -> event;
        });
  }

  /**
   * Runs {@code send}, which sends one command and returns once it is stored, and answers the
   * position of the last event it stored (none if it stored nothing).
   */
  OptionalLong whileSending(Runnable send) {
    List<String> outer = PUBLISHED.get();
    List<String> published = Collections.synchronizedList(new ArrayList<>());
    PUBLISHED.set(published);
    try {
      send.run();
    } finally {
      PUBLISHED.set(outer);
    }
    return lastPositionOf(List.copyOf(published));
  }

  /** The position of the stored event {@code eventIdentifier}. */
  OptionalLong positionOf(String eventIdentifier) {
    return lastPositionOf(List.of(eventIdentifier));
  }

  private OptionalLong lastPositionOf(List<String> eventIdentifiers) {
    if (eventIdentifiers.isEmpty()) {
      return OptionalLong.empty();
    }
    String placeholders = String.join(",", Collections.nCopies(eventIdentifiers.size(), "?"));
    Long position =
        jdbc.queryForObject(
            "select max(global_index) from "
                + JdbcEventStoreConfiguration.EVENT_TABLE
                + " where event_identifier in ("
                + placeholders
                + ")",
            Long.class,
            eventIdentifiers.toArray());
    return position == null ? OptionalLong.empty() : OptionalLong.of(position);
  }
}
