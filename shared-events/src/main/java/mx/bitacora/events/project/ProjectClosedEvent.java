package mx.bitacora.events.project;

import java.time.LocalDate;
import mx.bitacora.events.common.ProjectId;
import org.axonframework.serialization.Revision;

/** The project was closed on business date {@code closedOn}. */
@Revision("1")
public record ProjectClosedEvent(ProjectId projectId, LocalDate closedOn) implements ProjectEvent {}
