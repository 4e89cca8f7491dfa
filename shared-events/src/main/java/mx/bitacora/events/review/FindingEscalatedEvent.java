package mx.bitacora.events.review;

import java.time.Instant;
import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import org.axonframework.serialization.Revision;

/**
 * {@code concernedAgency} did not answer the finding by {@code responseDueOn}, so it is brought to
 * the commission's attention. Recorded by the platform itself, once per wait for an answer; the
 * finding can still be answered afterwards.
 */
@Revision("1")
public record FindingEscalatedEvent(
    ReviewId reviewId,
    FindingId findingId,
    AgencyId concernedAgency,
    LocalDate responseDueOn,
    Instant escalatedAt)
    implements ReviewEvent {}
