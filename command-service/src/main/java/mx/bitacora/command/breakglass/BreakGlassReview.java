package mx.bitacora.command.breakglass;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import mx.bitacora.events.accessreview.BreakGlassReadReviewedEvent;
import mx.bitacora.platform.problem.RejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The review of one break-glass read: recorded once, by a commission auditor who is not the reader.
 * Its stream is named after the entry's position, so two reviews of one read, even at the same
 * moment, cannot both be stored: the event store's unique (stream, sequence) key lets one win.
 */
@Aggregate
class BreakGlassReview {

  @AggregateIdentifier private ReviewedRead read;

  BreakGlassReview() {
    // for Axon: rebuilt from its events
  }

  @CommandHandler
  BreakGlassReview(ReviewBreakGlassReadCommand command, AccessEntries entries) {
    long position = command.read().accessPosition();
    AccessEntries.Reader reader =
        entries
            .readerOf(position)
            .orElseThrow(
                () ->
                    new RejectedException(
                        BreakGlassReviewProblem.ACCESS_ENTRY_NOT_FOUND, position));
    if (!reader.breakGlass()) {
      throw new RejectedException(BreakGlassReviewProblem.NOT_A_BREAK_GLASS_READ, position);
    }
    if (command.reviewer().equals(reader.actor())) {
      throw new RejectedException(BreakGlassReviewProblem.OWN_BREAK_GLASS_READ, position);
    }
    apply(new BreakGlassReadReviewedEvent(position, command.justified(), reader.owningAgencies()));
  }

  @EventSourcingHandler
  void on(BreakGlassReadReviewedEvent event) {
    read = new ReviewedRead(event.accessPosition());
  }
}
