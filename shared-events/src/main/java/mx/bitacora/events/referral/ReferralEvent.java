package mx.bitacora.events.referral;

/** Every fact recorded about one referral. */
public sealed interface ReferralEvent
    permits ReferralIssuedEvent,
        ReferralAcceptedEvent,
        ReferralDeclinedEvent,
        ReferralWithdrawnEvent,
        ReferralEscalatedEvent,
        ReferralClosedEvent,
        ReferralStepVoidedEvent,
        ConsentNarrowedEvent,
        ConsentWithdrawnEvent,
        VictimDetailsAmendedEvent,
        CaseNoteAddedEvent {

  ReferralId referralId();
}
