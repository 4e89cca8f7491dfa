package mx.bitacora.events.cases;

import mx.bitacora.events.referral.CaseReference;
import org.axonframework.serialization.Revision;

/**
 * The data key of the case was destroyed: every encrypted victim detail of the case is unreadable
 * from now on, while every event stays in place.
 */
@Revision("1")
public record CaseErasedEvent(CaseReference caseReference) implements CaseEvent {}
