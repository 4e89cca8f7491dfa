package mx.bitacora.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Keycloak's admin REST API for the realm, called with the signed-in administrator's own token:
 * Keycloak decides what they may do (the realm gives {@code manage-users} to administrators only),
 * so nothing here widens anyone's rights. Accounts carry their agency as the {@code agency}
 * attribute and their platform roles as realm roles, which become the tokens' claims.
 */
@Component
class IdentityProvider {

  /** The platform's roles, in the order pages list them. */
  static final List<String> PLATFORM_ROLES =
      List.of("AGENCY_STAFF", "COMMISSION_AUDITOR", "COMPLIANCE_REVIEWER", "PLATFORM_ADMIN");

  private final RestClient client;
  private final ObjectMapper json;
  private final String adminUrl;

  IdentityProvider(
      RestClient client,
      ObjectMapper json,
      @Value("${bitacora.web.realm.internal-url}") String realm) {
    this.client = client;
    this.json = json;
    // http://host/realms/bitacora -> http://host/admin/realms/bitacora
    this.adminUrl = realm.replaceFirst("/realms/", "/admin/realms/");
  }

  /** An account as the pages show it. */
  record Account(
      String id,
      String username,
      String firstName,
      String lastName,
      String email,
      boolean enabled,
      String agency,
      List<String> roles) {}

  /** What Keycloak answered: its HTTP status and its body (null when empty or not JSON). */
  record Outcome(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** The first {@code max} accounts by username, each with its platform roles. */
  Outcome accounts(int max, List<Account> into) {
    Outcome users = call(HttpMethod.GET, uri("/users").queryParam("max", max), null);
    if (!users.ok()) {
      return users;
    }
    Map<String, List<String>> roles = new LinkedHashMap<>();
    for (String role : PLATFORM_ROLES) {
      Outcome holders =
          call(HttpMethod.GET, uri("/roles/{role}/users").queryParam("max", 1000), null, role);
      if (!holders.ok()) {
        return holders;
      }
      holders
          .body()
          .forEach(
              user ->
                  roles
                      .computeIfAbsent(user.path("id").asText(), id -> new ArrayList<>())
                      .add(role));
    }
    for (JsonNode user : users.body()) {
      into.add(account(user, roles.getOrDefault(user.path("id").asText(), List.of())));
    }
    return users;
  }

  Outcome account(String id, List<Account> into) {
    Outcome user = call(HttpMethod.GET, uri("/users/{id}"), null, id);
    if (!user.ok()) {
      return user;
    }
    Outcome mapped = call(HttpMethod.GET, uri("/users/{id}/role-mappings/realm"), null, id);
    if (!mapped.ok()) {
      return mapped;
    }
    List<String> roles = new ArrayList<>();
    mapped.body().forEach(role -> roles.add(role.path("name").asText()));
    into.add(account(user.body(), roles.stream().filter(PLATFORM_ROLES::contains).toList()));
    return user;
  }

  /**
   * Creates an account with a temporary password (changed at first sign-in), its agency and roles;
   * its id goes into {@code created}.
   */
  Outcome create(AccountForm form, List<String> created) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("username", form.getUsername());
    user.put("firstName", form.getFirstName());
    user.put("lastName", form.getLastName());
    user.put("email", form.getEmail());
    user.put("enabled", true);
    user.put("emailVerified", false);
    user.put("attributes", Map.of("agency", List.of(nullToEmpty(form.getAgency()))));
    user.put(
        "credentials",
        List.of(
            Map.of(
                "type",
                "password",
                "value",
                nullToEmpty(form.getTemporaryPassword()),
                "temporary",
                true)));
    user.put("requiredActions", List.of("UPDATE_PASSWORD"));
    Outcome outcome = call(HttpMethod.POST, uri("/users"), user);
    if (!outcome.ok()) {
      return outcome;
    }
    Outcome found =
        call(
            HttpMethod.GET,
            uri("/users").queryParam("username", form.getUsername()).queryParam("exact", true),
            null);
    if (!found.ok() || found.body().isEmpty()) {
      return found;
    }
    String id = found.body().get(0).path("id").asText();
    created.add(id);
    return setRoles(id, List.of(), form.getRoles());
  }

  /** Sets the account's agency, enabled state and platform roles to the form's. */
  Outcome update(String id, AccountForm form) {
    Outcome current = call(HttpMethod.GET, uri("/users/{id}"), null, id);
    if (!current.ok()) {
      return current;
    }
    // Keycloak replaces the whole representation: send back what it gave, with the changes.
    Map<String, Object> user = json.convertValue(current.body(), Map.class);
    Map<String, Object> attributes =
        new LinkedHashMap<>(
            user.get("attributes") instanceof Map<?, ?> kept
                ? json.convertValue(kept, Map.class)
                : Map.of());
    attributes.put("agency", List.of(nullToEmpty(form.getAgency())));
    user.put("attributes", attributes);
    user.put("enabled", form.isEnabled());
    Outcome saved = call(HttpMethod.PUT, uri("/users/{id}"), user, id);
    if (!saved.ok()) {
      return saved;
    }
    List<Account> before = new ArrayList<>();
    Outcome read = account(id, before);
    if (!read.ok()) {
      return read;
    }
    return setRoles(id, before.get(0).roles(), form.getRoles());
  }

  private Outcome setRoles(String id, List<String> had, List<String> wanted) {
    List<JsonNode> add = new ArrayList<>();
    List<JsonNode> remove = new ArrayList<>();
    for (String role : PLATFORM_ROLES) {
      if (wanted.contains(role) == had.contains(role)) {
        continue;
      }
      Outcome representation = call(HttpMethod.GET, uri("/roles/{role}"), null, role);
      if (!representation.ok()) {
        return representation;
      }
      (wanted.contains(role) ? add : remove).add(representation.body());
    }
    if (!add.isEmpty()) {
      Outcome added = call(HttpMethod.POST, uri("/users/{id}/role-mappings/realm"), add, id);
      if (!added.ok()) {
        return added;
      }
    }
    if (!remove.isEmpty()) {
      return call(HttpMethod.DELETE, uri("/users/{id}/role-mappings/realm"), remove, id);
    }
    return new Outcome(204, null);
  }

  private static Account account(JsonNode user, List<String> roles) {
    return new Account(
        user.path("id").asText(),
        user.path("username").asText(),
        user.path("firstName").asText(""),
        user.path("lastName").asText(""),
        user.path("email").asText(""),
        user.path("enabled").asBoolean(),
        user.path("attributes").path("agency").path(0).asText(""),
        roles);
  }

  private UriComponentsBuilder uri(String path) {
    return UriComponentsBuilder.fromUriString(adminUrl).path(path);
  }

  private Outcome call(
      HttpMethod method, UriComponentsBuilder uri, Object body, Object... variables) {
    URI address = uri.buildAndExpand(variables).encode().toUri();
    RestClient.RequestBodySpec request =
        client.method(method).uri(address).accept(MediaType.APPLICATION_JSON);
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(body);
    }
    return request.exchange(
        (sent, response) ->
            new Outcome(response.getStatusCode().value(), read(response.getBody().readAllBytes())));
  }

  private JsonNode read(byte[] body) {
    try {
      return body.length == 0 ? null : json.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text.strip();
  }
}
