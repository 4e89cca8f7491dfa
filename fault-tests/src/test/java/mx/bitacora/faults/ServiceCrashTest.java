package mx.bitacora.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Each service killed with SIGKILL while eight clients write: afterwards every acknowledged
 * delivery is stored once at the position its answer named, every unacknowledged one retried with
 * its key is stored once, and the audit trail holds every event once at its own position.
 */
class ServiceCrashTest {

  private static final Duration LIMIT = Duration.ofSeconds(120);

  @Test
  void commandServiceKilledUnderLoad_losesNoAcknowledgedWrite_andDoublesNone() throws Exception {
    try (FaultPlatform faults = FaultPlatform.start("crash_command", url -> url);
        DeliveryWriters writers = new DeliveryWriters(8, faults::commandUrl, faults.unodc)) {
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= 40);
      faults.platform.commandService().kill();
      int beforeRestart = writers.acknowledgedCount();
      faults.platform.startCommandService();
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= beforeRestart + 40);
      writers.stop();
      writers.settle();

      writers.assertNothingLostOrDoubled(faults.log);
      await().atMost(LIMIT).until(() -> faults.auditRows() == faults.events());
      faults.assertAuditTrailComplete();
      System.out.printf(
          "command-service killed after %d acknowledged: %s%n", beforeRestart, writers.figures());
    }
  }

  @Test
  void queryServiceKilledUnderLoad_recordsEveryEventOnce_afterItsRestart() throws Exception {
    try (FaultPlatform faults = FaultPlatform.start("crash_query", url -> url);
        DeliveryWriters writers = new DeliveryWriters(8, faults::commandUrl, faults.unodc)) {
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= 40);
      faults.platform.queryService().kill();
      int whileDown = writers.acknowledgedCount();
      await().atMost(LIMIT).until(() -> writers.acknowledgedCount() >= whileDown + 400);
      // Restarted on the backlog left while it was down, with the writers stopped: on two cores
      // writers at full speed would starve the JVM's own start-up (measured: 93 s against 20 s).
      writers.stop();
      writers.settle();
      long backlog = faults.events() - faults.auditRows();
      long restarting = System.nanoTime();
      faults.platform.startQueryService();
      double readySeconds = (System.nanoTime() - restarting) / 1e9;
      assertThat(readySeconds).as("seconds to readiness").isLessThan(30.0);

      writers.assertNothingLostOrDoubled(faults.log);
      await().atMost(LIMIT).until(() -> faults.auditRows() == faults.events());
      double caughtUpSeconds = (System.nanoTime() - restarting) / 1e9;
      faults.assertAuditTrailComplete();
      System.out.printf(
          "query-service killed; restarted on a backlog of %d events: ready in %.1f s, audit"
              + " trail complete after %.1f s (%d events): %s%n",
          backlog, readySeconds, caughtUpSeconds, faults.events(), writers.figures());
    }
  }
}
