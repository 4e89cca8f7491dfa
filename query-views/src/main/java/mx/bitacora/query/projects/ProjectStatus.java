package mx.bitacora.query.projects;

/** Whether a project is still running. */
public enum ProjectStatus {
  /** Opened and not yet closed. */
  OPEN,
  /** Closed on its closing date; what it delivered and trained stays recorded. */
  CLOSED
}
