package mx.bitacora.events.review;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * The agency concerned answered a finding: its response, the corrective action it takes and the
 * date by which it will have taken it. {@code answeredOn} is the network's date.
 */
@Revision("1")
public record FindingAnsweredEvent(
    ReviewId reviewId,
    FindingId findingId,
    AgencyId answeringAgency,
    String response,
    String correctiveAction,
    LocalDate correctiveActionDueOn,
    LocalDate answeredOn)
    implements ReviewEvent {}
