package mx.bitacora.events.review;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * The reviewer did not accept the answer of {@code concernedAgency}, for {@code reason}: the
 * finding awaits a new answer by {@code responseDueOn}.
 */
@Revision("1")
public record FindingReopenedEvent(
    ReviewId reviewId,
    FindingId findingId,
    AgencyId concernedAgency,
    String reason,
    LocalDate responseDueOn,
    LocalDate reopenedOn)
    implements ReviewEvent {}
