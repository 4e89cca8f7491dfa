package mx.bitacora.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.bitacora.events.common.AgencyId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT into an authentication whose principal name is {@code sub} and whose
 * authorities are the known roles of the {@code roles} claim. A token without a subject or a
 * well-formed {@code agency} string, or whose {@code roles} is not an array of strings, is refused
 * (401): every action must name who and for whom.
 */
public class ActorTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  public static final String AGENCY_CLAIM = "agency";
  public static final String ROLES_CLAIM = "roles";

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
      throw new InvalidBearerTokenException("token has no subject");
    }
    if (!(jwt.getClaims().get(AGENCY_CLAIM) instanceof String agency)
        || !AgencyId.isValid(agency)) {
      throw new InvalidBearerTokenException("token has no valid agency claim");
    }
    Object roles = jwt.getClaims().get(ROLES_CLAIM);
    if (roles != null
        && !(roles instanceof Collection<?> names
            && names.stream().allMatch(String.class::isInstance))) {
      throw new InvalidBearerTokenException("token's roles claim is not an array of strings");
    }
    return new JwtAuthenticationToken(jwt, authorities(rolesOf(jwt)), jwt.getSubject());
  }

  /** The known roles named in the token; unknown role names are ignored. */
  public static Set<Role> rolesOf(Jwt jwt) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> names = jwt.hasClaim(ROLES_CLAIM) ? jwt.getClaimAsStringList(ROLES_CLAIM) : null;
    if (names == null) {
      return roles;
    }
    for (Role role : Role.values()) {
      if (names.contains(role.name())) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
    return authorities;
  }
}
