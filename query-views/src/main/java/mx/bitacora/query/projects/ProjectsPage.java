package mx.bitacora.query.projects;

import java.util.List;

/** One page of the projects the caller may see, with the filter echoed and the paging figures. */
public record ProjectsPage(
    ProjectStatus status,
    List<ProjectSummary> projects,
    int page,
    int size,
    long totalElements,
    int totalPages) {}
