package mx.bitacora.web.commitments;

import java.util.List;

/** One page of {@code GET /commitments}: the commitments and the page figures. */
record CommitmentList(
    List<Commitment> commitments, int page, int size, long totalElements, int totalPages) {

  CommitmentList {
    commitments = commitments == null ? List.of() : List.copyOf(commitments);
  }
}
