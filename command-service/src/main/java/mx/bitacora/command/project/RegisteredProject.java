package mx.bitacora.command.project;

import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;

/**
 * What other features may rely on about a recorded project: who funds and implements it, and
 * whether it is closed.
 */
public record RegisteredProject(
    ProjectId projectId, AgencyId funderAgency, AgencyId implementerAgency, boolean closed) {}
