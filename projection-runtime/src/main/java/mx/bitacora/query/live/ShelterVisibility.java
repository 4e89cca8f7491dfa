package mx.bitacora.query.live;

import mx.bitacora.events.common.ShelterId;
import mx.bitacora.platform.security.Actor;

/**
 * Whether a caller may hear of a shelter's changes: the shelter view decides (it knows which agency
 * operates which shelter), so the runtime asks it here rather than reading its tables.
 */
public interface ShelterVisibility {

  /** Refuses exactly as for an unknown shelter (404) unless {@code actor} may see it. */
  void ensureVisible(ShelterId shelterId, Actor actor);
}
