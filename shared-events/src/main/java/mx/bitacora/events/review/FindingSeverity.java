package mx.bitacora.events.review;

/** How serious a finding is, from a remark to a breach that needs action at once. */
public enum FindingSeverity {
  OBSERVATION,
  LOW,
  MEDIUM,
  HIGH
}
