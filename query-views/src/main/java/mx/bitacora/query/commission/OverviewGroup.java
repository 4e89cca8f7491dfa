package mx.bitacora.query.commission;

/**
 * One group of the overview. Grouped by agency: its id, name, acronym and state (name, acronym and
 * state null for an agency not in the agencies view). Grouped by state: only {@code state}, null
 * for the agencies that name none (federal and international ones, and unregistered ones).
 */
public record OverviewGroup(
    String agencyId, String agencyName, String acronym, String state, OverviewFigures figures) {}
