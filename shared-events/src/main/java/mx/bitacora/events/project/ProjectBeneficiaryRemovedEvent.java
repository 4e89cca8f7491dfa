package mx.bitacora.events.project;

import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;

/** A shelter stopped being a beneficiary of the project; what it received stays recorded. */
public record ProjectBeneficiaryRemovedEvent(ProjectId projectId, ShelterId shelterId)
    implements ProjectEvent {}
