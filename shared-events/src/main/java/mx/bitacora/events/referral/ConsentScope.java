package mx.bitacora.events.referral;

/** What the victim agreed may be shared with the receiver of a referral. */
public enum ConsentScope {
  /** Only what the requested service needs. */
  REQUESTED_SERVICE_ONLY,
  /** The requested service and the follow-up of the case between issuer and receiver. */
  SERVICE_AND_FOLLOW_UP
}
