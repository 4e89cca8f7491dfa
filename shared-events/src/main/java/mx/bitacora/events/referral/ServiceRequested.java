package mx.bitacora.events.referral;

/** The service a referral asks the receiver to provide. */
public enum ServiceRequested {
  SHELTER,
  MEDICAL,
  LEGAL,
  PSYCHOLOGICAL,
  OTHER
}
