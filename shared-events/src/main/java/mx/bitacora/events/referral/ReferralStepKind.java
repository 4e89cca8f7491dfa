package mx.bitacora.events.referral;

/** The kinds of a referral's steps that a voiding may name. */
public enum ReferralStepKind {
  /** An acceptance ({@link ReferralAcceptedEvent}). */
  ACCEPTANCE,
  /** A decline ({@link ReferralDeclinedEvent}). */
  DECLINE,
  /** A withdrawal ({@link ReferralWithdrawnEvent}). */
  WITHDRAWAL
}
