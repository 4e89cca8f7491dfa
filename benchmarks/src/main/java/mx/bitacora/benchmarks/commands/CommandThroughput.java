package mx.bitacora.benchmarks.commands;

import java.net.http.HttpResponse;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import mx.bitacora.benchmarks.load.ClosedLoop;
import mx.bitacora.benchmarks.load.LoadResult;

/**
 * M1: commands per second over HTTP at a given number of concurrent clients. Creates alternate
 * planning a delivery and issuing a referral; updates alternate acknowledging a (dispatched)
 * delivery's receipt and accepting a referral, on what the creates made.
 */
public final class CommandThroughput {

  private final Network network;
  private final AtomicLong cases = new AtomicLong();
  private final Queue<UUID> planned = new ConcurrentLinkedQueue<>();
  private final Queue<UUID> dispatched = new ConcurrentLinkedQueue<>();
  private final Queue<UUID> issued = new ConcurrentLinkedQueue<>();

  public CommandThroughput(Network network) {
    this.network = network;
  }

  /** Creates from {@code clients} clients for {@code seconds}. */
  public LoadResult creates(int clients, double seconds) throws InterruptedException {
    return ClosedLoop.run(
        clients,
        seconds,
        (client, sequence) -> {
          UUID id = UUID.randomUUID();
          if (sequence % 2 == 0) {
            return outcome(network.planDelivery(id), planned, id);
          }
          String caseReference = "BENCH-%010d".formatted(cases.incrementAndGet());
          return outcome(network.issueReferral(id, caseReference), issued, id);
        });
  }

  /**
   * Dispatches every delivery planned so far (not measured), so that updates can acknowledge them.
   */
  public void dispatchPlanned() throws InterruptedException {
    ClosedLoop.run(
        8,
        600,
        (client, sequence) -> {
          UUID id = planned.poll();
          return id == null ? ClosedLoop.EXHAUSTED : outcome(network.dispatch(id), dispatched, id);
        });
  }

  /** Updates from {@code clients} clients for {@code seconds}, or until nothing is left. */
  public LoadResult updates(int clients, double seconds) throws InterruptedException {
    return ClosedLoop.run(
        clients,
        seconds,
        (client, sequence) -> {
          boolean delivery = sequence % 2 == 0;
          UUID id = delivery ? dispatched.poll() : issued.poll();
          if (id == null) {
            delivery = !delivery;
            id = delivery ? dispatched.poll() : issued.poll();
          }
          if (id == null) {
            return ClosedLoop.EXHAUSTED;
          }
          HttpResponse<String> answer = delivery ? network.acknowledge(id) : network.accept(id);
          return answer.statusCode() / 100 == 2 ? ClosedLoop.SUCCEEDED : ClosedLoop.FAILED;
        });
  }

  private static int outcome(HttpResponse<String> answer, Queue<UUID> made, UUID id) {
    if (answer.statusCode() / 100 != 2) {
      return ClosedLoop.FAILED;
    }
    made.add(id);
    return ClosedLoop.SUCCEEDED;
  }
}
