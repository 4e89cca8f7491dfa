package mx.bitacora.query.referrals;

/** Where a referral stands, after the last event recorded about it. */
public enum ReferralState {
  /** Issued, or its answer or withdrawal voided: the receiver has yet to accept or decline. */
  AWAITING_ANSWER,
  /** Accepted by the receiving agency, not yet closed. */
  ACCEPTED,
  /** Declined by the receiving agency, with a reason code. */
  DECLINED,
  /** Withdrawn by the issuing agency before an answer. */
  WITHDRAWN,
  /** Closed by the receiving agency with an outcome and a reason code. */
  CLOSED
}
