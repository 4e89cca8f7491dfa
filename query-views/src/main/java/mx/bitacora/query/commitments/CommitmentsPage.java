package mx.bitacora.query.commitments;

import java.util.List;
import mx.bitacora.events.commitment.CommitmentKind;

/** One page of the commitments the caller may see, with the filters echoed and page figures. */
public record CommitmentsPage(
    String agency,
    String shelter,
    String project,
    CommitmentStatus status,
    CommitmentKind kind,
    List<CommitmentSummary> commitments,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
