package mx.bitacora.command.shelter;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;

/**
 * What other features may rely on about a registered shelter: who operates it, and if it is open.
 */
public record RegisteredShelter(ShelterId shelterId, AgencyId operatingAgency, boolean closed) {}
