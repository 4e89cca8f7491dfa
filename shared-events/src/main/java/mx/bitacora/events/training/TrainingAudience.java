package mx.bitacora.events.training;

/** Whom a training session is for. */
public enum TrainingAudience {
  SHELTER_STAFF,
  PROSECUTORS,
  OTHER
}
