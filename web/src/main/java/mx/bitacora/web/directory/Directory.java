package mx.bitacora.web.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agencies and shelters this person may see ({@code GET /agencies}, {@code GET /shelters}), for
 * pickers in forms and for showing names instead of ids. Nothing here is cached: a renamed agency
 * shows its new name on the next page.
 */
@Component
public class Directory {

  private static final int ALL = 100;

  private final ServiceCalls services;

  Directory(ServiceCalls services) {
    this.services = services;
  }

  /** One agency: its id and its current name. */
  public record AgencyOption(String id, String name) {}

  /** One shelter: its id, name and operating agency, and whether it takes referrals now. */
  public record ShelterOption(String id, String name, String operatingAgency, boolean open) {}

  /** One open support project: its id and name. */
  public record ProjectOption(String id, String name) {}

  /** Active agencies first by name; an answer the service refused gives an empty list. */
  public List<AgencyOption> agencies() {
    List<AgencyOption> agencies = new ArrayList<>();
    for (JsonNode agency : pages("/agencies", "agencies")) {
      if (agency.path("active").asBoolean(true)) {
        agencies.add(
            new AgencyOption(agency.path("agencyId").asText(), agency.path("name").asText()));
      }
    }
    return agencies;
  }

  public List<ShelterOption> shelters() {
    List<ShelterOption> shelters = new ArrayList<>();
    for (JsonNode shelter : pages("/shelters", "shelters")) {
      shelters.add(
          new ShelterOption(
              shelter.path("shelterId").asText(),
              shelter.path("name").asText(),
              shelter.path("operatingAgency").asText(),
              shelter.path("open").asBoolean()));
    }
    return shelters;
  }

  /** The open projects this person may see. */
  public List<ProjectOption> openProjects() {
    List<ProjectOption> projects = new ArrayList<>();
    Answer answer =
        services.query(
            UriComponentsBuilder.fromPath("/projects")
                .queryParam("status", "OPEN")
                .queryParam("size", ALL));
    if (answer.ok()) {
      for (JsonNode project : answer.body().path("projects")) {
        projects.add(
            new ProjectOption(project.path("projectId").asText(), project.path("name").asText()));
      }
    }
    return projects;
  }

  /** Agency id → name, for showing names; an id it does not know shows as itself. */
  public Map<String, String> agencyNames() {
    Map<String, String> names = new LinkedHashMap<>();
    agencies().forEach(agency -> names.put(agency.id(), agency.name()));
    return names;
  }

  private List<JsonNode> pages(String path, String field) {
    List<JsonNode> rows = new ArrayList<>();
    Answer answer = services.query(UriComponentsBuilder.fromPath(path).queryParam("size", ALL));
    if (answer.ok()) {
      answer.body().path(field).forEach(rows::add);
    }
    return rows;
  }
}
