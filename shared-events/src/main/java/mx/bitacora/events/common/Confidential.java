package mx.bitacora.events.common;

/**
 * Marks a value of an event that the read side never copies into a history or summary: sealed
 * victim details, a sealed location, a case reference.
 */
public interface Confidential {}
