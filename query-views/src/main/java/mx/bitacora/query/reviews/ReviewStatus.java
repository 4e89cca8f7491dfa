package mx.bitacora.query.reviews;

/** Whether a review still takes findings and answers ({@code OPEN}) or was {@code CONCLUDED}. */
public enum ReviewStatus {
  OPEN,
  CONCLUDED
}
