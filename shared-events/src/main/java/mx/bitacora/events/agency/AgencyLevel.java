package mx.bitacora.events.agency;

/**
 * The territorial level an agency works at; a civil-society organisation, for example, may work at
 * state level. State and municipal agencies name their state.
 */
public enum AgencyLevel {
  FEDERAL,
  STATE,
  MUNICIPAL,
  INTERNATIONAL;

  /** Whether an agency at this level must name the Mexican state it works in. */
  public boolean requiresState() {
    return this == STATE || this == MUNICIPAL;
  }
}
