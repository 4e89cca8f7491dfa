package mx.bitacora.query.shelters;

import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.security.Actor;
import mx.bitacora.query.live.ShelterVisibility;
import org.springframework.stereotype.Service;

/**
 * Tells other features (the live streams) whether a caller may see a shelter, by the shelter view's
 * own rule: staff see only the shelters their agency operates, and another agency's shelter answers
 * exactly as an unknown one does (404 {@code SHELTER_NOT_FOUND}).
 */
@Service
public class VisibleShelters implements ShelterVisibility {

  private final ShelterViewQueries queries;

  VisibleShelters(ShelterViewQueries queries) {
    this.queries = queries;
  }

  /** Refuses with 404 {@code SHELTER_NOT_FOUND} unless {@code actor} may see the shelter. */
  @Override
  public void ensureVisible(ShelterId shelterId, Actor actor) {
    queries.ensureVisible(shelterId, ShelterReader.of(actor));
  }
}
