package mx.bitacora.query.commitments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentKind;

/**
 * One commitment as listed: who committed (for which project), what (by kind: shelter, its
 * operator, item and unit; or the agency whose staff and the audience), the window in which facts
 * count, the figures promised and achieved, and its status today.
 */
public record CommitmentSummary(
    UUID commitmentId,
    CommitmentKind kind,
    CommitmentStatus status,
    List<String> committingAgencies,
    UUID projectId,
    String shelterId,
    String shelterAgency,
    String item,
    String unit,
    String traineeAgency,
    String audience,
    LocalDate countsFrom,
    LocalDate dueOn,
    LocalDate madeOn,
    BigDecimal promised,
    BigDecimal achieved,
    int revisions) {}
