package mx.bitacora.events.cases;

import mx.bitacora.events.referral.CaseReference;

/** Every fact recorded about a case as a whole. */
public sealed interface CaseEvent permits CaseErasedEvent {

  CaseReference caseReference();
}
