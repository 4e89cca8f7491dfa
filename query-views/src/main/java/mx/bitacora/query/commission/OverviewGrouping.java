package mx.bitacora.query.commission;

/** How the commission overview groups its figures: per agency, or per Mexican state. */
public enum OverviewGrouping {
  /** One group per agency: the receiving agency of referrals and deliveries, the trainer. */
  AGENCY,
  /** One group per Mexican state of those agencies; agencies that name none share a null state. */
  STATE
}
