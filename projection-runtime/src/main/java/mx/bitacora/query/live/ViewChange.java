package mx.bitacora.query.live;

import java.util.List;

/**
 * That an object of a view changed: which view ({@code delivery}, {@code referral}, {@code
 * shelter}), the object's id, the shelter it concerns (if any) and the agencies that may see it.
 * Ids only, never case data: a client fetches the object itself, through the view's scoped
 * endpoint.
 */
public record ViewChange(String view, String id, String shelter, List<String> agencies) {

  public ViewChange {
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
  }
}
