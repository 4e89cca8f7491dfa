package mx.bitacora.query.accesslog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A page of access-log entries (each as recorded, with its position), newest first. */
record CaseAccessPage(List<Entry> entries, int page, int size, long totalElements) {

  /** One recorded access: its position in the access log and the entry as written. */
  record Entry(long position, JsonNode entry) {}
}
