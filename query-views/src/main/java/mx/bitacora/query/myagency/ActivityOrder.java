package mx.bitacora.query.myagency;

/** The order of the activity list, by record time. */
public enum ActivityOrder {
  NEWEST_FIRST,
  OLDEST_FIRST
}
