package mx.bitacora.web.referrals;

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
 * The network's agencies and shelters as query-service's directories list them ({@code GET
 * /agencies}, {@code GET /shelters}): the choices of a referral's receiver, and the names pages
 * show for agency ids.
 */
@Component
public class NetworkDirectory {

  private static final int PAGE_SIZE = 100;
  private static final int MOST_PAGES = 10;

  private final ServiceCalls services;

  NetworkDirectory(ServiceCalls services) {
    this.services = services;
  }

  /** Every agency, as listed (its id, name, acronym, whether still active). */
  public List<JsonNode> agencies() {
    return all("/agencies", "agencies");
  }

  /** Every shelter, as listed (its id, name, operator, free places, whether it takes referrals). */
  public List<JsonNode> shelters() {
    return all("/shelters", "shelters");
  }

  /** Agency id to name, for showing who is who; an agency the directory does not list is absent. */
  public Map<String, String> agencyNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonNode agency : agencies()) {
      names.put(agency.path("agencyId").asText(), agency.path("name").asText());
    }
    return names;
  }

  /** Shelter id to name, like {@link #agencyNames()}. */
  public Map<String, String> shelterNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonNode shelter : shelters()) {
      names.put(shelter.path("shelterId").asText(), shelter.path("name").asText());
    }
    return names;
  }

  private List<JsonNode> all(String path, String items) {
    List<JsonNode> listed = new ArrayList<>();
    for (int page = 0; page < MOST_PAGES; page++) {
      Answer answer =
          services.query(
              UriComponentsBuilder.fromPath(path)
                  .queryParam("page", page)
                  .queryParam("size", PAGE_SIZE));
      if (!answer.ok()) {
        break;
      }
      answer.body().path(items).forEach(listed::add);
      if (page + 1 >= answer.body().path("totalPages").asInt()) {
        break;
      }
    }
    return listed;
  }
}
