package mx.bitacora.query.integrity;

/**
 * One link of the chain: the position it covers, the event found there ({@code null} when the
 * position holds none: a rolled-back append's sequence value) and the chain hash through it.
 */
record Seal(long position, String eventIdentifier, byte[] chainHash) {

  /** The chain before anything is sealed. */
  static final Seal NONE = new Seal(0, null, ChainHash.GENESIS);

  static Seal of(byte[] previous, StoredEvent event) {
    return new Seal(event.position(), event.eventIdentifier(), ChainHash.ofEvent(previous, event));
  }

  static Seal ofGap(byte[] previous, long position) {
    return new Seal(position, null, ChainHash.ofGap(previous, position));
  }
}
