package mx.bitacora.events.review;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * A reviewer recorded a finding against one of the review's criteria and sent it to {@code
 * concernedAgency}, which is to answer by {@code responseDueOn}; unanswered by then, it is
 * escalated to the commission.
 */
@Revision("1")
public record FindingRecordedEvent(
    ReviewId reviewId,
    FindingId findingId,
    String criterion,
    FindingSeverity severity,
    AgencyId concernedAgency,
    String statement,
    String recommendation,
    Evidence evidence,
    LocalDate recordedOn,
    LocalDate responseDueOn)
    implements ReviewEvent {}
