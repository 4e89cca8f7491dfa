package mx.bitacora.command.project;

import java.util.Optional;
import mx.bitacora.events.common.ProjectId;

/**
 * Answers command handlers of other features about recorded projects, so that, for example, only a
 * project's implementer or funder makes a commitment on its behalf.
 */
public interface ProjectDirectory {

  Optional<RegisteredProject> find(ProjectId projectId);
}
