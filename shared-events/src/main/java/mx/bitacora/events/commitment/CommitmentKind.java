package mx.bitacora.events.commitment;

/** What kind of promise a commitment is; each kind has its own {@link CommitmentTerms}. */
public enum CommitmentKind {
  DELIVERY,
  TRAINING,
  REFERRAL_ANSWERS
}
