package mx.bitacora.query.tracking;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A projection found another event where it was about to record one (the same log position, or the
 * same aggregate sequence at another position): the read model disagrees with the log, so the
 * processor stops and retries loudly rather than skipping the event (issue 13).
 */
public class ConflictingEventException extends IllegalStateException {

  ConflictingEventException(String insert, SqlParameterSource row) {
    super(
        "another event is recorded where this one belongs ("
            + target(insert)
            + ", "
            + describe(row, "position")
            + describe(row, "globalPosition")
            + describe(row, "sequence")
            + describe(row, "eventId")
            + ")");
  }

  private static String target(String insert) {
    String[] words = insert.strip().split("\\s+");
    return words.length > 2 ? words[2] : "?";
  }

  private static String describe(SqlParameterSource row, String name) {
    return row.hasValue(name) ? " " + name + "=" + row.getValue(name) : "";
  }
}
