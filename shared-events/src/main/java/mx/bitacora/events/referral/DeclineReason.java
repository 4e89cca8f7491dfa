package mx.bitacora.events.referral;

/** Why a receiver declined a referral: a process reason, never a fact about the victim. */
public enum DeclineReason {
  NO_CAPACITY,
  SERVICE_NOT_OFFERED,
  OUTSIDE_ELIGIBILITY,
  OTHER
}
