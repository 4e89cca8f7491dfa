package mx.bitacora.query.shelters;

import java.time.Instant;

/**
 * One recorded capacity of a shelter: the registered one ({@code previousCapacity} null) or a
 * change, with its record time.
 */
public record CapacityChange(Integer previousCapacity, int capacity, Instant recordedAt) {}
