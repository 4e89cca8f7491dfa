package mx.bitacora.query.live;

import mx.bitacora.query.tracking.RebuildingThread;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Announces view changes with PostgreSQL's NOTIFY from inside the projection's transaction:
 * PostgreSQL delivers a notification only when that transaction commits (and drops it with a rolled
 * back savepoint, e.g. a dead-lettered event), to every listening query-service instance, so a
 * client hears of a change once it can read it, whichever instance projected it.
 */
@Component
public class ViewChanges {

  static final String CHANNEL = "bitacora_view_changes";

  private final JdbcTemplate jdbc;

  ViewChanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Announces, for {@code view}, the object the domain event {@code event} changed: {@code changed}
   * selects it by the event's aggregate id (see {@link #announce}).
   */
  void announceChangeBy(EventMessage<?> event, String view, String changed) {
    // A replay or a rebuild applies events live streams were told of when they were first applied.
    if (ReplayToken.isReplay(event) || RebuildingThread.isRebuilding()) {
      return;
    }
    if (event instanceof DomainEventMessage<?> domainEvent) {
      announce(view, changed, domainEvent.getAggregateIdentifier());
    }
  }

  /**
   * Announces the rows {@code changed} selects, as columns {@code id}, {@code shelter} (or NULL)
   * and {@code agencies} (a text array), for {@code view}; none if it selects nothing.
   */
  public void announce(String view, String changed, Object... arguments) {
    Object[] parameters = new Object[arguments.length + 1];
    parameters[0] = view;
    System.arraycopy(arguments, 0, parameters, 1, arguments.length);
    jdbc.query(
        "SELECT pg_notify('"
            + CHANNEL
            + "', json_build_object('view', ?::text, 'id', c.id::text, 'shelter', c.shelter,"
            + " 'agencies', c.agencies)::text) FROM ("
            + changed
            + ") c",
        row -> {},
        parameters);
  }
}
