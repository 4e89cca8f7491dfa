package mx.bitacora.query.commission;

import mx.bitacora.events.agency.AgencyKind;
import mx.bitacora.events.agency.AgencyLevel;
import mx.bitacora.events.common.AgencyId;

/**
 * One agency as the directory shows it: as registered or last renamed; {@code state} is null for
 * agencies that name none; {@code active} is false once deactivated.
 */
public record AgencyListing(
    AgencyId agencyId,
    String name,
    String acronym,
    AgencyKind kind,
    AgencyLevel level,
    String state,
    boolean active) {}
