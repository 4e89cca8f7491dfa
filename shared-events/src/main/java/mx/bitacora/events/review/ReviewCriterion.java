package mx.bitacora.events.review;

/** One thing a review checks, under a short code the findings name (e.g. {@code ENTREGAS}). */
public record ReviewCriterion(String code, String description) {}
