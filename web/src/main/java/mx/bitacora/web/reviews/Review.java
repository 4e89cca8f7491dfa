package mx.bitacora.web.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One review as query-service lists it: its title and scope, whether it is open or concluded, and
 * the counts of the findings this person may see.
 */
public record Review(
    UUID reviewId,
    String title,
    String status,
    Scope scope,
    LocalDate openedOn,
    LocalDate concludedOn,
    String conclusion,
    Counts findings) {

  public boolean open() {
    return "OPEN".equals(status);
  }

  /** What the review looks at: its agencies (as resolved), project, shelter and period. */
  public record Scope(
      List<String> agencies, UUID projectId, String shelterId, LocalDate from, LocalDate to) {

    public Scope {
      agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
  }

  /** The findings this person may see, in all and by status, and how many were escalated. */
  public record Counts(
      long total,
      long awaitingResponse,
      long overdue,
      long answered,
      long accepted,
      long escalated) {}
}
