package mx.bitacora.query.shelterdeliveries;

/** Where a delivery stands, after the last event recorded about it. */
public enum DeliveryStatus {
  /** Planned, not yet sent. */
  PLANNED,
  /** Sent on its way by the delivering agencies. */
  DISPATCHED,
  /** Receipt acknowledged by the shelter, with any discrepancies. */
  ACKNOWLEDGED,
  /** Voided; its earlier facts stand as recorded. */
  VOIDED
}
