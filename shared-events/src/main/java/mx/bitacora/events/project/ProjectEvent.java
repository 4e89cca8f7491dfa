package mx.bitacora.events.project;

import mx.bitacora.events.common.ProjectId;

/** Every fact recorded about one support project or programme. */
public sealed interface ProjectEvent
    permits ProjectOpenedEvent,
        ProjectBeneficiaryAddedEvent,
        ProjectBeneficiaryRemovedEvent,
        ProjectClosedEvent {

  ProjectId projectId();
}
