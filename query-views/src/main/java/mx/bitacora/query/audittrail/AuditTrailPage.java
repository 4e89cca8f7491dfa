package mx.bitacora.query.audittrail;

import java.util.List;

/**
 * A page of the audit trail: the events after position {@code after}, oldest first, at most {@code
 * limit}, and the cursor to ask for the next page with ({@code nextCursor}: the last position
 * returned, or {@code after} again when there was nothing new).
 */
public record AuditTrailPage(List<AuditTrailEntry> events, long after, int limit, long nextCursor) {

  public AuditTrailPage {
    events = List.copyOf(events);
  }
}
