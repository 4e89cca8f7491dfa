package mx.bitacora.command.referral;

/** What an issued referral's answer may warn of; the referral is recorded all the same. */
enum ReferralWarning {
  /** The receiving shelter had no free place: every place of its capacity is taken. */
  RECEIVING_SHELTER_FULL
}
