package mx.bitacora.events.project;

import java.time.LocalDate;
import mx.bitacora.events.common.ProjectId;

/** The project was closed on business date {@code closedOn}. */
public record ProjectClosedEvent(ProjectId projectId, LocalDate closedOn) implements ProjectEvent {}
