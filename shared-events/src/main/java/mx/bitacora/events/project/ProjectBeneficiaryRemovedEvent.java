package mx.bitacora.events.project;

import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/** A shelter stopped being a beneficiary of the project; what it received stays recorded. */
@Revision("1")
public record ProjectBeneficiaryRemovedEvent(ProjectId projectId, ShelterId shelterId)
    implements ProjectEvent {}
