package mx.bitacora.query.myagency;

/** A kind of thing an agency did or received, as the my-agency view counts and lists it. */
public enum ActivityKind {
  /** A referral the agency issued; its state is the referral's. */
  REFERRAL_ISSUED,
  /** A referral addressed to the agency; its state is the referral's. */
  REFERRAL_RECEIVED,
  /** A delivery the agency funds or delivers; its state is the delivery's status. */
  DELIVERY_GIVEN,
  /** A delivery to one of the agency's shelters; its state is the delivery's status. */
  DELIVERY_RECEIVED,
  /** A training session the agency trains: SCHEDULED, COMPLETED (a completion) or CANCELLED. */
  TRAINING_GIVEN,
  /** A standing completion of a participant enrolled for the agency, in any trainer's session. */
  STAFF_TRAINED,
  /** An event by the agency's actors that corrects or voids another; its state is its type. */
  CORRECTION_MADE
}
