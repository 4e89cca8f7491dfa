package mx.bitacora.command.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import mx.bitacora.platform.problem.RejectedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@code idempotency.idempotency_key} table: a request's key is stored in the transaction that
 * appends its command's events ({@link #storeInAppendingTransaction}), so that a command recorded
 * always has its key, and completed with the answer once it is sent. Keys are per acting agency and
 * kept for {@link IdempotencyProperties#retention()}.
 */
@Component
public class IdempotencyKeys {

  private static final String PENDING = IdempotencyKeys.class.getName() + ".pending";
  private static final String STORED = IdempotencyKeys.class.getName() + ".stored";

  private final JdbcTemplate jdbc;
  private final IdempotencyProperties properties;

  IdempotencyKeys(JdbcTemplate jdbc, IdempotencyProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /**
   * Stores the current request's key, if it has one, with {@code lastPosition}: called in the
   * transaction appending the command's events. A live key of the same agency already stored (by a
   * concurrent request with the same key) fails the append: {@code IDEMPOTENCY_KEY_IN_USE}.
   */
  public void storeInAppendingTransaction(long lastPosition) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    PendingKey pending =
        request == null
            ? null
            : (PendingKey) request.getAttribute(PENDING, RequestAttributes.SCOPE_REQUEST);
    if (pending == null) {
      return;
    }
    if (request.getAttribute(STORED, RequestAttributes.SCOPE_REQUEST) != null) {
      jdbc.update(
          "UPDATE idempotency.idempotency_key SET last_position = ?"
              + " WHERE agency_id = ? AND idempotency_key = ?",
          lastPosition,
          pending.agency(),
          pending.key());
      return;
    }
    // An expired key is taken over; a live one (committed, or in a transaction still open, which
    // this insert waits for) is not.
    int stored =
        jdbc.update(
            """
            INSERT INTO idempotency.idempotency_key (
                agency_id, idempotency_key, request_digest, last_position)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (agency_id, idempotency_key) DO UPDATE
               SET request_digest = EXCLUDED.request_digest,
                   last_position = EXCLUDED.last_position, created_at = now(),
                   answer_status = NULL, answer_type = NULL, answer_location = NULL,
                   answer_body = NULL
             WHERE idempotency_key.created_at < ?
            """,
            pending.agency(),
            pending.key(),
            pending.requestDigest(),
            lastPosition,
            expiredBefore());
    if (stored == 0) {
      throw new RejectedException(IdempotencyProblem.IDEMPOTENCY_KEY_IN_USE);
    }
    request.setAttribute(STORED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
  }

  /** Marks {@code pending} as the key of the request being handled. */
  static void pending(RequestAttributes request, PendingKey pending) {
    request.setAttribute(PENDING, pending, RequestAttributes.SCOPE_REQUEST);
  }

  /** Whether the request being handled stored its key with the events of its command. */
  static boolean storedFor(RequestAttributes request) {
    return request.getAttribute(STORED, RequestAttributes.SCOPE_REQUEST) != null;
  }

  /** The live key {@code key} of {@code agency}, if stored. */
  Optional<StoredKey> find(String agency, String key) {
    return jdbc
        .query(
            """
            SELECT request_digest, last_position, answer_status, answer_type, answer_location,
                   answer_body
              FROM idempotency.idempotency_key
             WHERE agency_id = ? AND idempotency_key = ? AND created_at >= ?
            """,
            (rs, n) ->
                new StoredKey(
                    rs.getString("request_digest"),
                    rs.getLong("last_position"),
                    rs.getObject("answer_status", Integer.class),
                    rs.getString("answer_type"),
                    rs.getString("answer_location"),
                    rs.getBytes("answer_body")),
            agency,
            key,
            expiredBefore())
        .stream()
        .findFirst();
  }

  /** Stores the answer sent for {@code key}, which a retry will be given again. */
  void answered(String agency, String key, int status, String type, String location, byte[] body) {
    jdbc.update(
        "UPDATE idempotency.idempotency_key SET answer_status = ?, answer_type = ?,"
            + " answer_location = ?, answer_body = ? WHERE agency_id = ? AND idempotency_key = ?",
        status,
        type,
        location,
        body,
        agency,
        key);
  }

  /** Forgets the keys whose retention has ended. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void purgeExpired() {
    jdbc.update("DELETE FROM idempotency.idempotency_key WHERE created_at < ?", expiredBefore());
  }

  private Timestamp expiredBefore() {
    return Timestamp.from(Instant.now().minus(properties.retention()));
  }
}
