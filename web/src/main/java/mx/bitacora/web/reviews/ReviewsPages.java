package mx.bitacora.web.reviews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reviews this person may see, as {@code GET /reviews} answers them, filtered by status and
 * agency, a page at a time: every review for reviewers and auditors ({@code /revisiones}); for
 * agency staff the reviews with findings addressed to their agency ({@code /hallazgos}).
 */
@Controller
class ReviewsPages {

  static final List<String> STATUSES = List.of("OPEN", "CONCLUDED");

  private final ServiceCalls services;
  private final ObjectMapper json;

  ReviewsPages(ServiceCalls services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @GetMapping("/revisiones")
  String reviews(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String agency,
      @RequestParam(defaultValue = "0") int page,
      Model model)
      throws JsonProcessingException {
    return list("/revisiones", "reviews.title", status, agency, page, model);
  }

  @GetMapping("/hallazgos")
  String findingsForMyAgency(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "0") int page,
      Model model)
      throws JsonProcessingException {
    return list("/hallazgos", "findings.title", status, null, page, model);
  }

  private String list(
      String path, String title, String status, String agency, int page, Model model)
      throws JsonProcessingException {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reviews");
    if (status != null && !status.isBlank()) {
      uri.queryParam("status", status);
    }
    if (agency != null && !agency.isBlank()) {
      uri.queryParam("agency", agency.strip());
    }
    uri.queryParam("page", page).queryParam("size", 20);
    model.addAttribute("path", path);
    model.addAttribute("title", title);
    model.addAttribute("status", status);
    model.addAttribute("agency", agency);
    model.addAttribute("statuses", STATUSES);
    Answer answer = services.query(uri);
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      model.addAttribute("list", json.treeToValue(answer.body(), ReviewList.class));
    }
    return "reviews/list";
  }
}
