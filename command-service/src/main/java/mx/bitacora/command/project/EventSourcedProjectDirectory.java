package mx.bitacora.command.project;

import java.util.Optional;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.project.ProjectClosedEvent;
import mx.bitacora.events.project.ProjectOpenedEvent;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a project's own event stream: always current, consistent with what was recorded. */
@Component
class EventSourcedProjectDirectory implements ProjectDirectory {

  private final EventStore eventStore;

  EventSourcedProjectDirectory(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  @Override
  public Optional<RegisteredProject> find(ProjectId projectId) {
    DomainEventStream events = eventStore.readEvents(Project.streamIdOf(projectId));
    RegisteredProject project = null;
    while (events.hasNext()) {
      Object payload = events.next().getPayload();
      if (payload instanceof ProjectOpenedEvent opened) {
        project =
            new RegisteredProject(
                projectId, opened.funderAgency(), opened.implementerAgency(), false);
      } else if (payload instanceof ProjectClosedEvent && project != null) {
        project =
            new RegisteredProject(
                projectId, project.funderAgency(), project.implementerAgency(), true);
      }
    }
    return Optional.ofNullable(project);
  }
}
