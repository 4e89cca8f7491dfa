package mx.bitacora.query.rebuild;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mx.bitacora.platform.problem.PlatformProblem;
import mx.bitacora.platform.problem.RejectedException;
import mx.bitacora.query.tracking.Projections;
import mx.bitacora.query.tracking.Projections.Projection;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts rebuilds, reports their progress, and hands a caught-up rebuild's version over: it stops
 * the rebuild and this instance's serving processor of the group, takes over in one transaction
 * ({@link RebuildTakeover}) and starts the serving processor again, now from the rebuild's tokens.
 * Progress is held by the instance that runs the rebuild.
 */
class Rebuilds implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);

  private final Projections projections;
  private final RebuildTakeover tables;
  private final org.axonframework.config.Configuration axon;
  private final EventStore log;
  private final TokenStore tokens;
  private final TransactionManager rebuildTransactions;
  private final Clock clock;
  private final RebuildGauges gauges;
  private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "rebuild-takeover");
            thread.setDaemon(true);
            return thread;
          });

  Rebuilds(
      Projections projections,
      RebuildTakeover tables,
      org.axonframework.config.Configuration axon,
      EventStore log,
      TokenStore tokens,
      TransactionManager processorTransactions,
      JdbcTemplate jdbc,
      Clock clock,
      MeterRegistry meters) {
    this.projections = projections;
    this.tables = tables;
    this.axon = axon;
    this.log = log;
    this.tokens = tokens;
    this.rebuildTransactions = new RebuildTransactions(processorTransactions, jdbc);
    this.clock = clock;
    this.gauges = new RebuildGauges(meters, this::progress);
    watcher.scheduleWithFixedDelay(this::takeOverCaughtUp, 200, 200, TimeUnit.MILLISECONDS);
  }

  /** Starts rebuilding {@code group} from the start of the log; refused while one is running. */
  synchronized RebuildProgress start(String group) {
    List<Projection> rebuilt = projectionsOf(group);
    Rebuild running = latest.get(group);
    if (running != null
        && (running.state() == RebuildState.BUILDING
            || running.state() == RebuildState.TAKING_OVER)) {
      throw new RejectedException(RebuildProblem.REBUILD_IN_PROGRESS, group);
    }
    tables.clear(group, tablesOf(rebuilt));
    List<EventMessageHandler> handlers = new ArrayList<>();
    rebuilt.forEach(projection -> handlers.add(projection.handler()));
    Rebuild rebuild =
        new Rebuild(
            group,
            tables.servingSegments(group),
            handlers,
            axon.eventProcessingConfiguration().sequencingPolicy(group),
            log,
            tokens,
            rebuildTransactions,
            clock);
    latest.put(group, rebuild);
    gauges.register(group);
    rebuild.start();
    LOG.info("rebuild of {} started", group);
    return rebuild.progress(head());
  }

  /** The latest rebuild of {@code group} on this instance; unknown groups are not found. */
  Optional<RebuildProgress> progress(String group) {
    projectionsOf(group);
    return Optional.ofNullable(latest.get(group)).map(rebuild -> rebuild.progress(head()));
  }

  /** The latest rebuild of each group rebuilt on this instance, by group name. */
  List<RebuildProgress> all() {
    long head = head();
    return latest.values().stream()
        .sorted((a, b) -> a.group().compareTo(b.group()))
        .map(rebuild -> rebuild.progress(head))
        .toList();
  }

  private void takeOverCaughtUp() {
    for (Rebuild rebuild : latest.values()) {
      try {
        if (rebuild.state() == RebuildState.BUILDING && rebuild.caughtUp()) {
          takeOver(rebuild);
        }
      } catch (RuntimeException failure) {
        // An exception escaping a scheduled task would silently end every later check.
        LOG.error("rebuild of {} failed", rebuild.group(), failure);
        rebuild.failed(failure);
      }
    }
  }

  private synchronized void takeOver(Rebuild rebuild) {
    String group = rebuild.group();
    rebuild.takingOver();
    long reached = rebuild.progress(head()).positionReached();
    rebuild.stop();
    StreamingEventProcessor serving =
        axon.eventProcessingConfiguration()
            .eventProcessor(group, StreamingEventProcessor.class)
            .orElseThrow();
    serving.shutDown();
    try {
      tables.takeOver(group, tablesOf(projectionsOf(group)));
      rebuild.tookOver(reached);
      LOG.info("rebuild of {} took over at position {}", group, reached);
    } catch (RuntimeException failure) {
      LOG.error("rebuild of {} could not take over; the serving version stays", group, failure);
      rebuild.failed(failure);
    } finally {
      serving.start();
    }
  }

  /** The head of the log: the position of the latest event stored. */
  private long head() {
    TrackingToken head = log.createHeadToken();
    return head == null ? 0 : head.position().orElse(0);
  }

  private List<Projection> projectionsOf(String group) {
    if (!projections.groups().contains(group)) {
      throw new RejectedException(PlatformProblem.NOT_FOUND);
    }
    return projections.of(List.of(group));
  }

  private static List<String> tablesOf(List<Projection> rebuilt) {
    return rebuilt.stream().flatMap(projection -> projection.tables().stream()).toList();
  }

  @Override
  public void destroy() {
    watcher.shutdownNow();
    latest.values().stream()
        .filter(rebuild -> rebuild.state() == RebuildState.BUILDING)
        .forEach(Rebuild::stop);
  }
}
