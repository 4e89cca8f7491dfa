package mx.bitacora.web.referrals;

import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The referrals the person's agency may see ({@code GET /referrals} of query-service), a page at a
 * time, filtered by direction (issued or received), state and urgency; each links to its page.
 */
@Controller
class ReferralListPage {

  private static final int PAGE_SIZE = 20;

  private final ServiceCalls services;
  private final Directory directory;

  ReferralListPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/canalizaciones")
  String referrals(
      @RequestParam(name = "direccion", required = false) String direction,
      @RequestParam(name = "estado", required = false) String state,
      @RequestParam(name = "urgencia", required = false) String urgency,
      @RequestParam(name = "pagina", defaultValue = "0") int page,
      Model model) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/referrals")
            .queryParam("page", page)
            .queryParam("size", PAGE_SIZE);
    given(uri, "direction", direction);
    given(uri, "state", state);
    given(uri, "urgency", urgency);
    model.addAttribute("direction", direction);
    model.addAttribute("state", state);
    model.addAttribute("urgency", urgency);
    Answer answer = services.query(uri);
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      model.addAttribute("listed", answer.body());
      model.addAttribute("agencyNames", directory.agencyNames());
    }
    return "referrals/list";
  }

  private static void given(UriComponentsBuilder uri, String name, String value) {
    if (value != null && !value.isBlank()) {
      uri.queryParam(name, value);
    }
  }
}
