package mx.bitacora.query.tracking;

import java.util.Collection;
import java.util.Set;

/**
 * What is settled in the event log: positions at or below {@link #settledThrough()} can never gain
 * an event, and a settled hole is a position known to hold none (a rolled-back append). The
 * integrity module's seal chain knows this; the runtime asks it here, never by reading its tables.
 */
public interface SettledPositions {

  /** The last settled position; 0 before anything is settled. */
  long settledThrough();

  /** Which of {@code positions} are settled as holding no event. */
  Set<Long> holesAmong(Collection<Long> positions);
}
