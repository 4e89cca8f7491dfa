package mx.bitacora.web.reviews;

import java.util.List;

/** One page of {@code GET /reviews}: the reviews and the page figures. */
record ReviewList(List<Review> reviews, int page, int size, long totalElements, int totalPages) {

  ReviewList {
    reviews = reviews == null ? List.of() : List.copyOf(reviews);
  }
}
