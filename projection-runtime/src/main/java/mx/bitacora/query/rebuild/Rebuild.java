package mx.bitacora.query.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild of a processing group: a tracking processor of its own, named {@value #SUFFIX} after
 * the group, with its own tokens, applying the log from its start through the group's projections
 * into the {@code rebuild} schema's copies of their tables, segment for segment as the serving
 * processor: the same segments, each given the same events (the group's sequencing policy), so that
 * the serving processor can go on from each segment's token. An event a projection cannot apply is
 * left out and counted (the serving version dead-letters it).
 */
class Rebuild {

  /** Appended to the group's name to name the rebuild's processor and its tokens. */
  static final String SUFFIX = "@rebuild";

  private static final Logger LOG = LoggerFactory.getLogger(Rebuild.class);
  private static final int BATCH_SIZE = 100;

  private final String group;
  private final int segments;
  private final Clock clock;
  private final Instant startedAt;
  private final AtomicLong leftOut = new AtomicLong();
  private final TrackingEventProcessor processor;
  private volatile RebuildState state = RebuildState.BUILDING;
  private volatile Instant tookOverAt;
  private volatile String failure;
  private volatile long finalPosition;

  Rebuild(
      String group,
      int segments,
      List<EventMessageHandler> handlers,
      SequencingPolicy<? super EventMessage<?>> sequencing,
      StreamableMessageSource<TrackedEventMessage<?>> log,
      TokenStore tokens,
      TransactionManager transactions,
      Clock clock) {
    this.group = group;
    this.segments = segments;
    this.clock = clock;
    this.startedAt = clock.instant();
    EventHandlerInvoker invoker =
        SimpleEventHandlerInvoker.builder()
            .eventHandlers(handlers)
            // The serving processor's split: takeover hands each segment's token to its namesake.
            .sequencingPolicy(sequencing)
            .listenerInvocationErrorHandler(
                (exception, event, handler) -> {
                  leftOut.incrementAndGet();
                  LOG.warn(
                      "rebuild of {} left out event {}", group, event.getIdentifier(), exception);
                })
            .build();
    this.processor =
        TrackingEventProcessor.builder()
            .name(processorName(group))
            .eventHandlerInvoker(invoker)
            .messageSource(log)
            .tokenStore(tokens)
            .transactionManager(transactions)
            .trackingEventProcessorConfiguration(
                TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                    .andInitialSegmentsCount(segments)
                    .andBatchSize(BATCH_SIZE))
            .build();
  }

  static String processorName(String group) {
    return group + SUFFIX;
  }

  String group() {
    return group;
  }

  RebuildState state() {
    return state;
  }

  void start() {
    processor.start();
  }

  /** Whether every segment has been claimed and has reached the head of the log. */
  boolean caughtUp() {
    Collection<EventTrackerStatus> status = processor.processingStatus().values();
    return status.size() == segments
        && status.stream().allMatch(segment -> segment.isCaughtUp() && !segment.isErrorState());
  }

  /** Stops the processor; its tokens stay stored, to be taken over. */
  void stop() {
    processor.shutDown();
  }

  void takingOver() {
    state = RebuildState.TAKING_OVER;
  }

  void tookOver(long position) {
    finalPosition = position;
    tookOverAt = clock.instant();
    state = RebuildState.DONE;
  }

  void failed(Exception cause) {
    failure = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    state = RebuildState.FAILED;
    processor.shutDown();
  }

  RebuildProgress progress(long head) {
    long reached = state == RebuildState.DONE ? finalPosition : positionReached();
    Instant until = tookOverAt != null ? tookOverAt : clock.instant();
    double seconds = Math.max(Duration.between(startedAt, until).toMillis(), 1) / 1000.0;
    double rate = reached / seconds;
    Duration left =
        state == RebuildState.DONE
            ? Duration.ZERO
            : rate > 0
                ? Duration.ofMillis((long) (Math.max(head - reached, 0) / rate * 1000))
                : null;
    return new RebuildProgress(
        group,
        state,
        reached,
        head,
        Math.round(rate * 10) / 10.0,
        left,
        leftOut.get(),
        startedAt,
        tookOverAt,
        failure);
  }

  /** The lowest position any segment has reached: every event up to it is in the next version. */
  private long positionReached() {
    Collection<EventTrackerStatus> status = processor.processingStatus().values();
    if (status.size() < segments) {
      return 0;
    }
    return status.stream()
        .mapToLong(segment -> segment.getCurrentPosition().orElse(0))
        .min()
        .orElse(0);
  }
}
