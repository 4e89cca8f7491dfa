package mx.bitacora.query.rebuild;

/** The stages of a rebuild. */
public enum RebuildState {
  /** Applying the log from its start to the next version, while the serving one keeps serving. */
  BUILDING,
  /** Caught up: the next version is replacing the serving one in one transaction. */
  TAKING_OVER,
  /** The rebuilt version serves; the processor goes on from where the rebuild stopped. */
  DONE,
  /** Stopped by an error; the serving version is untouched and keeps serving. */
  FAILED
}
