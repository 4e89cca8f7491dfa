package mx.bitacora.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Both services lose PostgreSQL under load (every connection dropped through a proxy, new ones
 * refused) and get it back: no acknowledged write is lost, every failure answered meanwhile is a
 * problem document that claims nothing false, and both services recover without a restart, the
 * views within seconds of the database's return however long it was gone ({@code OutageRecovery}).
 */
class DatabaseOutageTest {

  private static final Duration LIMIT = Duration.ofSeconds(120);
  private static final Duration OUTAGE = Duration.ofSeconds(60);

  @Test
  void bothServicesLoseTheDatabaseUnderLoad_andRecoverWithoutRestart() throws Exception {
    try (DatabaseProxy proxy = DatabaseProxy.toPostgres();
        FaultPlatform faults = FaultPlatform.start("db_outage", proxy::route);
        DeliveryWriters writers = new DeliveryWriters(8, faults::commandUrl, faults.unodc)) {
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= 40);

      int failedBefore = writers.failedCount();
      proxy.cut();
      long cutAt = System.nanoTime();
      // Long enough for Axon's back-off to reach 32 s between a processor's attempts (each waits
      // 5 s for a connection): without OutageRecovery the views came back 17.3 s after the
      // database did in one run, with it 3.3 s.
      await()
          .atMost(LIMIT)
          .until(
              () ->
                  writers.failedCount() >= failedBefore + 16
                      && System.nanoTime() - cutAt >= OUTAGE.toNanos());
      proxy.restore();
      double outageSeconds = (System.nanoTime() - cutAt) / 1e9;
      long restoredAt = System.nanoTime();
      int afterOutage = writers.acknowledgedCount();
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= afterOutage + 40);
      double writesBackSeconds = (System.nanoTime() - restoredAt) / 1e9;
      writers.stop();
      writers.settle();

      writers.assertNothingLostOrDoubled(faults.log);
      await().atMost(LIMIT).until(() -> faults.auditRows() == faults.events());
      double viewsBackSeconds = (System.nanoTime() - restoredAt) / 1e9;
      faults.assertAuditTrailComplete();
      assertThat(proxy.dropped()).isPositive();
      assertThat(viewsBackSeconds)
          .as("seconds from the database's return to complete views")
          .isLessThan(10.0);
      System.out.printf(
          "database cut for %.1f s (%d connections dropped): writes back %.1f s and the audit"
              + " trail complete %.1f s after it returned; %s%n",
          outageSeconds, proxy.dropped(), writesBackSeconds, viewsBackSeconds, writers.figures());
    }
  }
}
