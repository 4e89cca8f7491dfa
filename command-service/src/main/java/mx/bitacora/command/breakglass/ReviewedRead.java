package mx.bitacora.command.breakglass;

/** A break-glass read under review, named by its entry's position in the access log. */
record ReviewedRead(long accessPosition) {

  /** The stream the review is stored under: one per entry, so a second review cannot be stored. */
  @Override
  public String toString() {
    return "break-glass-review:" + accessPosition;
  }
}
