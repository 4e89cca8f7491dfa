package mx.bitacora.command.review;

import java.time.LocalDate;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.review.ReviewScope;

/**
 * What a piece of evidence is about: the agencies it involves, the project it belongs to (if any),
 * and its business date (a commitment's due date; an event's business time, else the day it was
 * recorded).
 */
record EvidenceReach(Set<AgencyId> agencies, ProjectId projectId, LocalDate businessDate) {

  EvidenceReach {
    agencies = Set.copyOf(agencies);
  }

  /** In scope: about an agency of the scope or the scope's project, and dated in its period. */
  boolean liesIn(ReviewScope scope) {
    boolean concernsScope =
        agencies.stream().anyMatch(scope.agencies()::contains)
            || (scope.projectId() != null && scope.projectId().equals(projectId));
    return concernsScope && businessDate != null && scope.covers(businessDate);
  }
}
