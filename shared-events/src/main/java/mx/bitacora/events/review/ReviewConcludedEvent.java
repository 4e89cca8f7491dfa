package mx.bitacora.events.review;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The reviewer concluded the review with {@code conclusion}. Nothing more is recorded in it;
 * findings still open stay open in its report.
 */
@Revision("1")
public record ReviewConcludedEvent(ReviewId reviewId, String conclusion, LocalDate concludedOn)
    implements ReviewEvent {}
