package mx.bitacora.query.commitments;

import mx.bitacora.events.commitment.CommitmentKind;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;

/** Asks for one page of the commitments the caller may see, optionally filtered. */
record FindCommitmentsQuery(
    AgencyId agency,
    ShelterId shelter,
    ProjectId project,
    CommitmentStatus status,
    CommitmentKind kind,
    int page,
    int size,
    CommitmentVisibility visibility) {

  long offset() {
    return (long) page * size;
  }
}
