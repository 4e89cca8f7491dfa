package mx.bitacora.query.runtimetest;

import java.util.List;
import java.util.Map;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the sample projection's note of a shelter (404 when there is none), fed by its group as a
 * view's controller declares: so {@code notOlderThan} waits for it.
 */
@RestController
@FedBy(ProcessingGroups.SHELTERS)
class SampleNotesController {

  private final JdbcTemplate jdbc;

  SampleNotesController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/sample-notes/{shelterId}")
  ResponseEntity<Map<String, Object>> note(@PathVariable String shelterId) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "SELECT shelter_id, name, position FROM sample_note WHERE shelter_id = ?", shelterId);
    return rows.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(rows.get(0));
  }
}
