package mx.bitacora.query.shelters;

import java.time.LocalDate;
import java.util.List;

/**
 * The materials a shelter acknowledged, received between {@code from} and {@code to} (inclusive
 * business dates of receipt, null for open ends): how many deliveries, and each item's total.
 */
public record MaterialsReceived(
    LocalDate from, LocalDate to, long deliveries, List<ItemReceived> items) {}
