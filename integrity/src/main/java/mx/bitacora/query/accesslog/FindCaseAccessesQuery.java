package mx.bitacora.query.accesslog;

import java.time.Instant;
import mx.bitacora.events.common.AgencyId;

/**
 * Asks for access-log entries, newest first: optionally about the cases under one reference (or,
 * with {@code issuingAgency}, the one case that agency issued under it: a reference is only unique
 * within its issuing agency), by one actor or the actors of one agency, within a time range, only
 * break-glass reads. {@code owningAgency}, when set, keeps only entries about that agency's cases
 * (what agency staff may see).
 */
record FindCaseAccessesQuery(
    String caseReference,
    AgencyId issuingAgency,
    String actor,
    AgencyId actorAgency,
    Instant from,
    Instant to,
    Boolean breakGlass,
    AgencyId owningAgency,
    int page,
    int size) {}
