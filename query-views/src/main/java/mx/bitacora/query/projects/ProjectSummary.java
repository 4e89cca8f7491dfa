package mx.bitacora.query.projects;

import java.time.LocalDate;

/**
 * A project as the list shows it: its parties, period and status, with how many beneficiaries,
 * deliveries and sessions it has and how many of them are still pending.
 */
public record ProjectSummary(
    String projectId,
    String name,
    String funderAgency,
    String implementerAgency,
    String coordinatorAgency,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate closedOn,
    ProjectStatus status,
    long beneficiaries,
    long deliveries,
    long pendingDeliveries,
    long trainingSessions,
    long pendingTrainingSessions) {}
