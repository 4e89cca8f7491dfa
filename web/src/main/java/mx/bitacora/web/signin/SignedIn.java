package mx.bitacora.web.signin;

import java.util.List;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in, as every page shows it: their name, the agency they act for, their roles. */
public record SignedIn(String name, String agency, List<String> roles) {

  private static final List<String> PLATFORM_ROLES =
      List.of("AGENCY_STAFF", "COMMISSION_AUDITOR", "COMPLIANCE_REVIEWER", "PLATFORM_ADMIN");

  public static SignedIn of(OidcUser user) {
    List<String> roles = user.getClaimAsStringList("roles");
    return new SignedIn(
        user.getFullName() != null ? user.getFullName() : user.getPreferredUsername(),
        user.getClaimAsString("agency"),
        roles == null ? List.of() : roles.stream().filter(PLATFORM_ROLES::contains).toList());
  }

  /** Whether they hold {@code role}: which pages the menu offers (the services still decide). */
  public boolean has(String role) {
    return roles.contains(role);
  }
}
