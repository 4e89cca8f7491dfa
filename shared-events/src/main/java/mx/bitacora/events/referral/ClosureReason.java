package mx.bitacora.events.referral;

/** Why a referral was closed: a process reason, never a fact about the victim. */
public enum ClosureReason {
  SERVICE_PROVIDED,
  SERVICE_REFUSED_BY_PERSON,
  CONTACT_LOST,
  TRANSFERRED_ELSEWHERE,
  OTHER
}
