package mx.bitacora.web.commitments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The commitments this person may see, as {@code GET /commitments} answers them (filtered by status
 * and kind, a page at a time), and one commitment as {@code GET /commitments/{id}} answers it. What
 * the service refuses is shown as its problem, nothing of the commitment.
 */
@Controller
class CommitmentsPages {

  /** The statuses and kinds the filters offer, as query-service names them. */
  static final List<String> STATUSES = List.of("DUE", "MET", "PARTLY_MET", "OVERDUE", "WITHDRAWN");

  static final List<String> KINDS = List.of("DELIVERY", "TRAINING", "REFERRAL_ANSWERS");

  private final ServiceCalls services;
  private final ObjectMapper json;

  CommitmentsPages(ServiceCalls services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @GetMapping("/compromisos")
  String commitments(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") int page,
      Model model)
      throws JsonProcessingException {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/commitments");
    if (status != null && !status.isBlank()) {
      uri.queryParam("status", status);
    }
    if (kind != null && !kind.isBlank()) {
      uri.queryParam("kind", kind);
    }
    uri.queryParam("page", page).queryParam("size", 20);
    model.addAttribute("status", status);
    model.addAttribute("kind", kind);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("kinds", KINDS);
    Answer answer = services.query(uri);
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      model.addAttribute("list", json.treeToValue(answer.body(), CommitmentList.class));
    }
    return "commitments/list";
  }

  @GetMapping("/compromisos/{commitmentId}")
  String commitment(@PathVariable String commitmentId, Model model) throws JsonProcessingException {
    Answer answer =
        services.query(UriComponentsBuilder.fromPath("/commitments").pathSegment(commitmentId));
    model.addAttribute("problem", answer.problem());
    if (answer.ok()) {
      model.addAttribute("detail", json.treeToValue(answer.body(), CommitmentDetail.class));
    }
    return "commitments/detail";
  }
}
