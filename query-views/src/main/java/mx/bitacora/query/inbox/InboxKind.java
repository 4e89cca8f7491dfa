package mx.bitacora.query.inbox;

/** What a notice tells its agency; each comes from one kind of referral or review event. */
public enum InboxKind {
  /** A referral was issued to the agency (for the receiver). */
  REFERRAL_RECEIVED,
  /** The agency's referral was accepted (for the issuer). */
  REFERRAL_ACCEPTED,
  /** The agency's referral was declined (for the issuer). */
  REFERRAL_DECLINED,
  /** A referral's answer limit ran out (for the issuer and the receiver). */
  REFERRAL_ESCALATED,
  /** The issuer withdrew a referral addressed to the agency (for the receiver). */
  REFERRAL_WITHDRAWN,
  /** The agency's referral was closed with its outcome (for the issuer). */
  REFERRAL_CLOSED,
  /**
   * The victim withdrew their consent for a referral addressed to the agency (for the receiver).
   */
  CONSENT_WITHDRAWN,
  /** A reviewer recorded a finding addressed to the agency, which is to answer it. */
  FINDING_RECEIVED,
  /** The reviewer did not accept the agency's answer to a finding: it awaits a new answer. */
  FINDING_REOPENED,
  /** The agency did not answer a finding by its due date: it was brought to the commission. */
  FINDING_ESCALATED
}
