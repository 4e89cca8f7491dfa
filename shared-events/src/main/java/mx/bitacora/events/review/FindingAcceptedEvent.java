package mx.bitacora.events.review;

import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/** The reviewer accepted the answer of {@code concernedAgency} to a finding: it is settled. */
@Revision("1")
public record FindingAcceptedEvent(
    ReviewId reviewId, FindingId findingId, AgencyId concernedAgency, LocalDate acceptedOn)
    implements ReviewEvent {}
