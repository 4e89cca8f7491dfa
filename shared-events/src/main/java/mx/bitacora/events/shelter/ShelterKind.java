package mx.bitacora.events.shelter;

/** The kinds of shelter in the network. */
public enum ShelterKind {
  /** Albergue: shelter. */
  ALBERGUE,
  /** Refugio: refuge, often at a confidential location. */
  REFUGIO,
  /** Casa de medio camino: halfway house. */
  CASA_DE_MEDIO_CAMINO,
  /** Casa de Asistencia Temporal: temporary assistance house for children and adolescents. */
  CAT
}
