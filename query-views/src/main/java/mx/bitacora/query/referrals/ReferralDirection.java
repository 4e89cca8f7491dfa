package mx.bitacora.query.referrals;

/** Which side of a referral the caller's agency is on, as a list filter. */
public enum ReferralDirection {
  /** Referrals addressed to the caller's agency. */
  RECEIVED,
  /** Referrals the caller's agency issued. */
  ISSUED
}
