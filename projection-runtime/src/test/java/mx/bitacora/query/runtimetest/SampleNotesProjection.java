package mx.bitacora.query.runtimetest;

import mx.bitacora.events.shelter.ShelterRegisteredEvent;
import mx.bitacora.query.tracking.ProcessingGroups;
import mx.bitacora.query.tracking.ProjectionTables;
import mx.bitacora.query.tracking.RecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runtime tests' sample projection, declared as the real views declare theirs: a processing
 * group, the tables it writes, savepoint per event (the default of {@link ProjectionTables}). It
 * reuses the {@code shelters} group, which the runtime dead-letters (a group of its own would have
 * no dead-letter queue); the test application has no other projection in it.
 *
 * <p>Each registration is written twice: first a row of {@code sample_note_event} (one per
 * handling, no key), then the shelter's {@code sample_note}, which refuses a name containing {@code
 * refused} (a check constraint), so that a test can make an event fail after a first write.
 */
@Component
@ProcessingGroup(ProcessingGroups.SHELTERS)
@ProjectionTables({"sample_note", "sample_note_event"})
class SampleNotesProjection {

  private static final Logger LOG = LoggerFactory.getLogger(SampleNotesProjection.class);

  private final JdbcTemplate jdbc;

  SampleNotesProjection(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ShelterRegisteredEvent registered, RecordedEvent recorded) {
    String shelter = registered.shelterId().value();
    LOG.debug("applying the registration of {}", shelter); // what ProcessingLogContextTest reads
    jdbc.update(
        "INSERT INTO sample_note_event (shelter_id, position, projected_in)"
            + " VALUES (?, ?, txid_current())",
        shelter,
        recorded.globalPosition());
    jdbc.update(
        "INSERT INTO sample_note (shelter_id, name, position, projected_in)"
            + " VALUES (?, ?, ?, txid_current())",
        shelter,
        registered.name(),
        recorded.globalPosition());
  }
}
