package mx.bitacora.web.shelters;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.FormValues;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shelters the person's agency operates ({@code GET /shelters?agency=}) and one shelter ({@code
 * GET /shelters/{id}}): its places, the staff trained there, the referrals it received by state,
 * and the materials it acknowledged per item and business month in a period, with a chart.
 */
@Controller
class SheltersPage {

  private final ServiceCalls services;

  SheltersPage(ServiceCalls services) {
    this.services = services;
  }

  /** A shelter in the list: places shown as the service shows them (small counts withheld). */
  record Listing(
      String id,
      String name,
      String kind,
      String freePlaces,
      String placesTaken,
      int capacity,
      boolean open) {}

  /** One item received: its totals and, per business month, the quantity acknowledged. */
  record Item(String description, String unit, String total, List<Month> months) {}

  /** A business month's quantity of an item. */
  record Month(String month, String quantity) {}

  @GetMapping("/albergues")
  String shelters(
      @AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
    Answer answer =
        services.query(
            UriComponentsBuilder.fromPath("/shelters")
                .queryParam("agency", SignedIn.of(user).agency())
                .queryParam("size", 100));
    List<Listing> shelters = new ArrayList<>();
    if (answer.ok()) {
      for (JsonNode shelter : answer.body().path("shelters")) {
        shelters.add(
            new Listing(
                shelter.path("shelterId").asText(),
                shelter.path("name").asText(),
                shelter.path("kind").asText(),
                shelter.path("freePlacesShown").asText(""),
                shelter.path("placesTakenShown").asText(""),
                shelter.path("capacity").asInt(),
                shelter.path("open").asBoolean()));
      }
    } else {
      response.setStatus(answer.status());
      model.addAttribute("problem", answer.problem());
    }
    model.addAttribute("shelters", shelters);
    return "shelters/list";
  }

  @GetMapping("/albergues/{id}")
  String shelter(
      @PathVariable String id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/shelters").pathSegment(id);
    if (FormValues.text(from) != null) {
      uri.queryParam("from", from.strip());
    }
    if (FormValues.text(to) != null) {
      uri.queryParam("to", to.strip());
    }
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    Answer answer = services.query(uri);
    if (!answer.ok()) {
      response.setStatus(answer.status());
      model.addAttribute("problem", answer.problem());
      return "shelters/shelter";
    }
    JsonNode view = answer.body();
    model.addAttribute("shelter", view);
    model.addAttribute("items", items(view.path("materials").path("items"), locale));
    model.addAttribute("period", period(view.path("materials")));
    model.addAttribute("formKey", FormKey.fresh());
    return "shelters/shelter";
  }

  private static List<Item> items(JsonNode received, Locale locale) {
    DateTimeFormatter monthName = DateTimeFormatter.ofPattern("LLL yyyy", locale);
    List<Item> items = new ArrayList<>();
    for (JsonNode item : received) {
      List<Month> months = new ArrayList<>();
      for (JsonNode month : item.path("byMonth")) {
        months.add(
            new Month(
                YearMonth.parse(month.path("month").asText()).format(monthName),
                month.path("acknowledgedQuantity").asText()));
      }
      items.add(
          new Item(
              item.path("description").asText(),
              item.path("unit").asText(),
              item.path("acknowledgedQuantity").asText(),
              months));
    }
    return items;
  }

  /** The period the figures cover, as the service chose it when none was asked for. */
  private static List<LocalDate> period(JsonNode materials) {
    List<LocalDate> period = new ArrayList<>();
    for (String end : List.of("from", "to")) {
      if (materials.hasNonNull(end)) {
        period.add(LocalDate.parse(materials.path(end).asText()));
      }
    }
    return period;
  }
}
