package mx.bitacora.query.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a review looks at: its agencies, optionally a project and a shelter, and the business-time
 * period {@code from}–{@code to}, both inclusive.
 */
public record ReviewScopeView(
    List<String> agencies, UUID projectId, String shelterId, LocalDate from, LocalDate to) {}
