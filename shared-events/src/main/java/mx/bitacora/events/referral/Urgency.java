package mx.bitacora.events.referral;

/** How soon the receiver must answer; an emergency is typically a child at risk. */
public enum Urgency {
  ROUTINE,
  URGENT,
  EMERGENCY
}
