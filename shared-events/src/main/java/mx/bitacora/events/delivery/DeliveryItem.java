package mx.bitacora.events.delivery;

import java.math.BigDecimal;

/** One line of a delivery: what, how many, in which unit; lines are numbered from 1. */
public record DeliveryItem(int line, String description, BigDecimal quantity, String unit) {}
