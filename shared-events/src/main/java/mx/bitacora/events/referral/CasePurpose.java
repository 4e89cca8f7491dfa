package mx.bitacora.events.referral;

/** Why someone reads a case's sealed data: each read names one, and consent must cover it. */
public enum CasePurpose {
  /** Taking the person in: deciding on and preparing the requested service. */
  INTAKE,
  /** Giving the requested service. */
  CARE,
  /** Following the case up between issuer and receiver once the service was given. */
  FOLLOW_UP,
  /** Proceedings before a prosecutor or a court. */
  LEGAL_PROCEEDINGS
}
