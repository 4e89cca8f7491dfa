package mx.bitacora.query.shelters;

import mx.bitacora.events.shelter.ShelterCapacityChangedEvent;
import mx.bitacora.events.shelter.ShelterClosedEvent;
import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.query.live.AnnouncesChanges;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Projects shelter events into one row per shelter (name, kind, operator, place, capacity, minors,
 * open or closed) and its capacity history. The sealed location of a registration is never read.
 * Runs in the processor's transaction; every write is idempotent.
 */
@Component
@ProcessingGroup(ProcessingGroups.SHELTERS)
@ProjectionTables({"shelter", "shelter_capacity_change"})
@AnnouncesChanges(view = "shelter", changed = ShelterProjection.CHANGED_SHELTER)
class ShelterProjection {

  // Shelter streams are stored as "shelter:<id>" (command-service's ShelterId stream naming).
  static final String CHANGED_SHELTER =
      "SELECT shelter_id AS id, shelter_id AS shelter, ARRAY[operating_agency] AS agencies"
          + " FROM shelter WHERE shelter_id = regexp_replace(?, '^shelter:', '')";

  private final ShelterTable shelters;

  ShelterProjection(ShelterTable shelters) {
    this.shelters = shelters;
  }

  @EventHandler
  void on(ShelterRegisteredEvent registered, RecordedEvent recorded) {
    shelters.recordRegistered(registered, recorded);
  }

  @EventHandler
  void on(ShelterCapacityChangedEvent changed, RecordedEvent recorded) {
    shelters.recordCapacityChanged(changed, recorded);
  }

  @EventHandler
  void on(ShelterClosedEvent closed, RecordedEvent recorded) {
    shelters.recordClosed(closed, recorded);
  }
}
