package mx.bitacora.events.project;

import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;

/** A shelter became a beneficiary of the project. */
public record ProjectBeneficiaryAddedEvent(ProjectId projectId, ShelterId shelterId)
    implements ProjectEvent {}
