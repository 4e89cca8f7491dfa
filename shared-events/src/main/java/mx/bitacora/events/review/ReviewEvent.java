package mx.bitacora.events.review;

/** Every fact recorded about one compliance review and its findings. */
public sealed interface ReviewEvent
    permits ReviewOpenedEvent,
        FindingRecordedEvent,
        FindingAnsweredEvent,
        FindingAcceptedEvent,
        FindingReopenedEvent,
        FindingEscalatedEvent,
        ReviewConcludedEvent,
        ReviewReportIssuedEvent {

  ReviewId reviewId();
}
