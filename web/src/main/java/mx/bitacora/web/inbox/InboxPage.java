package mx.bitacora.web.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.web.directory.Directory;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The person's agency's inbox ({@code GET /inbox} of query-service), unread first, a page at a
 * time, optionally only the unread notices; each notice of a referral links to it, and can be
 * marked read ({@code POST /inbox/{id}/read} of command-service).
 */
@Controller
class InboxPage {

  private static final int PAGE_SIZE = 20;

  private final ServiceCalls services;
  private final Directory directory;

  InboxPage(ServiceCalls services, Directory directory) {
    this.services = services;
    this.directory = directory;
  }

  @GetMapping("/bandeja")
  String inbox(
      @RequestParam(name = "noLeidas", required = false) Boolean unread,
      @RequestParam(name = "pagina", defaultValue = "0") int page,
      Model model) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/inbox")
            .queryParam("page", page)
            .queryParam("size", PAGE_SIZE);
    if (Boolean.TRUE.equals(unread)) {
      uri.queryParam("unread", true);
    }
    model.addAttribute("unreadOnly", Boolean.TRUE.equals(unread));
    Answer answer = services.query(uri);
    if (!model.containsAttribute("problem")) {
      model.addAttribute("problem", answer.problem());
    }
    if (answer.ok()) {
      model.addAttribute("inbox", answer.body());
      model.addAttribute("agencyNames", directory.agencyNames());
      Map<String, String> readKeys = new HashMap<>();
      answer
          .body()
          .path("items")
          .forEach(item -> readKeys.put(item.path("itemId").asText(), FormKey.fresh()));
      model.addAttribute("readKeys", readKeys);
    }
    return "inbox/inbox";
  }

  @PostMapping("/bandeja/{itemId}/leida")
  String markRead(
      @PathVariable UUID itemId,
      @RequestParam(required = false) String formKey,
      @RequestParam(name = "noLeidas", required = false) Boolean unread,
      @RequestParam(name = "pagina", defaultValue = "0") int page,
      Model model,
      RedirectAttributes next) {
    Answer answer = services.command("/inbox/" + itemId + "/read", Map.of(), formKey);
    if (!answer.ok()) {
      model.addAttribute("problem", answer.problem());
      return inbox(unread, page, model);
    }
    next.addFlashAttribute("notice", "inbox.markedRead");
    next.addAttribute("pagina", page);
    if (Boolean.TRUE.equals(unread)) {
      next.addAttribute("noLeidas", true);
    }
    return "redirect:/bandeja";
  }
}
