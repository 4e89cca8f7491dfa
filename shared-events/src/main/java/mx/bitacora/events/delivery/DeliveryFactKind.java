package mx.bitacora.events.delivery;

/** The kinds of a delivery's facts that a correction or voiding may name. */
public enum DeliveryFactKind {
  /** The plan ({@link DeliveryPlannedEvent}): corrected, never voided. */
  PLAN,
  /** The dispatch ({@link DeliveryDispatchedEvent}): corrected or voided. */
  DISPATCH,
  /** The receipt ({@link DeliveryReceiptAcknowledgedEvent}): corrected or voided. */
  RECEIPT
}
