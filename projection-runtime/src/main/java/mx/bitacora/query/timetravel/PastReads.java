package mx.bitacora.query.timetravel;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs a read over the views of some processing groups as they stood at a past log position, for
 * answers that must be recomputable later from the log alone (a review report and its
 * verification). Waits (bounded) until the position is settled and takes a replay slot, as an "as
 * of" request does; refuses with the same problems.
 */
public interface PastReads {

  <T> T asOf(long position, List<String> groups, Callable<T> read) throws Exception;
}
