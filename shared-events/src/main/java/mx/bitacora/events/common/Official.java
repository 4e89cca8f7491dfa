package mx.bitacora.events.common;

import java.util.Objects;

/**
 * A public official named by role and title, never by personal name, with the agency they
 * represent.
 */
public record Official(String title, AgencyId agency) {

  public Official {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(agency, "agency");
  }
}
