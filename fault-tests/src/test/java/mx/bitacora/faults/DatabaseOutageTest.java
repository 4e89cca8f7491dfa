package mx.bitacora.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Both services lose PostgreSQL under load (every connection dropped through a proxy, new ones
 * refused) and get it back: no acknowledged write is lost, every failure answered meanwhile is a
 * problem document that claims nothing false, and both services recover without a restart.
 */
class DatabaseOutageTest {

  private static final Duration LIMIT = Duration.ofSeconds(120);

  @Test
  void bothServicesLoseTheDatabaseUnderLoad_andRecoverWithoutRestart() throws Exception {
    try (DatabaseProxy proxy = DatabaseProxy.toPostgres();
        FaultPlatform faults = FaultPlatform.start("db_outage", proxy::route);
        DeliveryWriters writers = new DeliveryWriters(8, faults::commandUrl, faults.unodc)) {
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= 40);

      int failedBefore = writers.failedCount();
      proxy.cut();
      long cutAt = System.nanoTime();
      await().atMost(LIMIT).until(() -> writers.failedCount() >= failedBefore + 16);
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
      System.out.printf(
          "database cut for %.1f s (%d connections dropped): writes back %.1f s and the audit"
              + " trail complete %.1f s after it returned; %s%n",
          outageSeconds, proxy.dropped(), writesBackSeconds, viewsBackSeconds, writers.figures());
    }
  }
}
