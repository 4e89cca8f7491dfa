package mx.bitacora.events.referral;

/** Whether the referred service was provided as requested. */
public enum ReferralOutcome {
  SUCCESSFUL,
  NOT_SUCCESSFUL
}
