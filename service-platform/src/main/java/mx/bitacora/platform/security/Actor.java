package mx.bitacora.platform.security;

import java.util.Set;
import mx.bitacora.events.common.AgencyId;

/** The authenticated caller: the token's subject, the agency it acts for, and its roles. */
public record Actor(String userId, AgencyId agency, Set<Role> roles) {

  public Actor {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether the caller may see every agency's records (auditors and compliance reviewers). */
  public boolean seesAllAgencies() {
    return has(Role.COMMISSION_AUDITOR) || has(Role.COMPLIANCE_REVIEWER);
  }
}
