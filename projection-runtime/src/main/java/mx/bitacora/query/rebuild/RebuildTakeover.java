package mx.bitacora.query.rebuild;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table work of a rebuild: emptying the next version's tables and tokens before it starts, and
 * the takeover — in one transaction, the serving tables' rows replaced by the rebuilt ones and the
 * group's tokens by the rebuild's, unclaimed. Readers see the old version until it commits and the
 * new one after: no read fails or sees a mix. Another instance still applying events to the old
 * version finds its claim gone when it stores its token, so its batch rolls back and it resumes
 * from the rebuild's tokens.
 */
class RebuildTakeover {

  private static final String TOKENS = "read_model.token_entry";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  RebuildTakeover(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Empties the rebuild's copies of {@code tables} and forgets any earlier rebuild's tokens. */
  void clear(String group, List<String> tables) {
    transaction.executeWithoutResult(
        status -> {
          for (String table : childrenFirst(tables)) {
            jdbc.update("DELETE FROM rebuild." + table);
          }
          jdbc.update(
              "DELETE FROM " + TOKENS + " WHERE processor_name = ?", Rebuild.processorName(group));
        });
  }

  /** Puts the rebuilt rows and tokens in the serving ones' place, atomically. */
  void takeOver(String group, List<String> tables) {
    transaction.executeWithoutResult(
        status -> {
          // Tables come parents first: emptied children first, filled parents first.
          for (String table : childrenFirst(tables)) {
            jdbc.update("DELETE FROM read_model." + table);
          }
          for (String table : tables) {
            jdbc.update("INSERT INTO read_model." + table + " SELECT * FROM rebuild." + table);
          }
          for (String table : childrenFirst(tables)) {
            jdbc.update("DELETE FROM rebuild." + table);
          }
          jdbc.update("DELETE FROM " + TOKENS + " WHERE processor_name = ?", group);
          jdbc.update(
              "INSERT INTO "
                  + TOKENS
                  + " (processor_name, segment, token, token_type, timestamp, owner)"
                  + " SELECT ?, segment, token, token_type, timestamp, NULL FROM "
                  + TOKENS
                  + " WHERE processor_name = ?",
              group,
              Rebuild.processorName(group));
          jdbc.update(
              "DELETE FROM " + TOKENS + " WHERE processor_name = ?", Rebuild.processorName(group));
        });
  }

  /** How many segments the serving processor has, so that the rebuild splits the log alike. */
  int servingSegments(String group) {
    Integer segments =
        jdbc.queryForObject(
            "SELECT count(*) FROM " + TOKENS + " WHERE processor_name = ?", Integer.class, group);
    return Math.max(segments == null ? 0 : segments, 1);
  }

  private static List<String> childrenFirst(List<String> parentsFirst) {
    List<String> reversed = new ArrayList<>(parentsFirst);
    Collections.reverse(reversed);
    return reversed;
  }
}
