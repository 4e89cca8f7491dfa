package mx.bitacora.query.projects;

/** Asks for one page of the projects the caller may see, optionally only open or closed ones. */
record FindProjectsQuery(ProjectStatus status, int page, int size, ProjectVisibility visibility) {

  long offset() {
    return (long) page * size;
  }
}
