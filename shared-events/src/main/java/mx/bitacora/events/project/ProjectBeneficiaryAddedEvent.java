package mx.bitacora.events.project;

import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import org.axonframework.serialization.Revision;

/** A shelter became a beneficiary of the project. */
@Revision("1")
public record ProjectBeneficiaryAddedEvent(ProjectId projectId, ShelterId shelterId)
    implements ProjectEvent {}
