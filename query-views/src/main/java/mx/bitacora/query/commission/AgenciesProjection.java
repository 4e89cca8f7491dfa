package mx.bitacora.query.commission;

import mx.bitacora.events.agency.AgencyDeactivatedEvent;
import mx.bitacora.events.agency.AgencyRegisteredEvent;
import mx.bitacora.events.agency.AgencyRenamedEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects agency events into one row per agency: name, acronym, kind, level, Mexican state and
 * whether it is still active. Runs in the processor's transaction; every write is idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.AGENCIES)
@ProjectionTables("agency")
class AgenciesProjection {

  private final AgencyTable agencies;

  AgenciesProjection(AgencyTable agencies) {
    this.agencies = agencies;
  }

  @EventHandler
  void on(AgencyRegisteredEvent registered, RecordedEvent recorded) {
    agencies.recordRegistered(registered, recorded);
  }

  @EventHandler
  void on(AgencyRenamedEvent renamed, RecordedEvent recorded) {
    agencies.recordRenamed(renamed, recorded);
  }

  @EventHandler
  void on(AgencyDeactivatedEvent deactivated, RecordedEvent recorded) {
    agencies.recordDeactivated(deactivated, recorded);
  }
}
