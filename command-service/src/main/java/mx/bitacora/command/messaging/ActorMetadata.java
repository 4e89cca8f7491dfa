package mx.bitacora.command.messaging;

import java.util.List;

/** The metadata keys every stored event carries, so the audit trail can say who acted for whom. */
public final class ActorMetadata {

  /** The acting user: the token's subject. */
  public static final String ACTOR = "actor";

  /** The agency the actor acted for: the token's {@code agency} claim. */
  public static final String ACTOR_AGENCY = "actorAgency";

  /** The actor's roles, comma-separated. */
  public static final String ACTOR_ROLES = "actorRoles";

  /** The HTTP request that caused the command. */
  public static final String REQUEST_ID = "requestId";

  static final List<String> KEYS = List.of(ACTOR, ACTOR_AGENCY, ACTOR_ROLES, REQUEST_ID);

  private ActorMetadata() {}
}
