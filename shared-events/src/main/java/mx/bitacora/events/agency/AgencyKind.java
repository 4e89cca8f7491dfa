package mx.bitacora.events.agency;

/** What sort of body an agency is. */
public enum AgencyKind {
  FEDERAL,
  STATE,
  MUNICIPAL,
  INTERNATIONAL,
  CIVIL_SOCIETY
}
