package mx.bitacora.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A view table locked against writes for 15 s (as a long maintenance statement would): meanwhile a
 * read of one's own write answers 503 with Retry-After (never a stale view, never a 500), and
 * within seconds of the lock's release it answers 200.
 */
class ViewLockTest {

  private static final Duration LOCKED_FOR = Duration.ofSeconds(15);

  @Test
  void aLockedViewTable_delaysReadsOfOwnWrites_andTheyRecoverWithinSecondsOfItsRelease()
      throws Exception {
    try (FaultPlatform faults = FaultPlatform.start("view_lock", url -> url);
        Connection locker =
            DriverManager.getConnection(faults.platform.database().jdbcUrl(), "postgres", "")) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("LOCK TABLE read_model.shelter_delivery IN EXCLUSIVE MODE");
      }
      long lockedAt = System.nanoTime();
      UUID delivery = UUID.randomUUID();
      HttpResponse<String> planned =
          faults.command("/deliveries", faults.unodc, DeliveryWriters.planBody(delivery));
      assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
      String ownWrite =
          "/deliveries/"
              + delivery
              + "?notOlderThan="
              + planned.headers().firstValue("X-Event-Position").orElseThrow();

      HttpResponse<String> whileLocked = faults.query(ownWrite, faults.dif);
      assertThat(whileLocked.statusCode()).as(whileLocked.body()).isEqualTo(503);
      assertThat(whileLocked.headers().firstValue("Retry-After")).isPresent();
      assertThat(whileLocked.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      await()
          .atMost(LOCKED_FOR.plusSeconds(15))
          .until(() -> System.nanoTime() - lockedAt >= LOCKED_FOR.toNanos());
      locker.commit();
      long releasedAt = System.nanoTime();

      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> faults.query(ownWrite, faults.dif).statusCode() == 200);
      double recoveredSeconds = (System.nanoTime() - releasedAt) / 1e9;
      System.out.printf(
          "view table locked for %d s: own write readable %.1f s after the release%n",
          LOCKED_FOR.toSeconds(), recoveredSeconds);
      assertThat(recoveredSeconds).as("seconds from release to a fresh read").isLessThan(5.0);
    }
  }
}
