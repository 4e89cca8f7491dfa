package mx.bitacora.web.deliveries;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.bitacora.web.deliveries.CorrectionForm.FactKind;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.FormKey;
import mx.bitacora.web.services.FormValues;
import mx.bitacora.web.services.Problem;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Correcting or voiding one recorded fact of a delivery (its plan, dispatch or receipt): {@code
 * POST /deliveries/{id}/corrections} with the values that apply to the fact's kind, or {@code
 * /voided-facts}, each with a reason. Nothing recorded changes: the correction or voiding is a new
 * fact naming the original, which the audit trail shows as its correction chain.
 */
@Controller
class CorrectionPage {

  private final ServiceCalls services;
  private final ObjectMapper json;

  CorrectionPage(ServiceCalls services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @GetMapping("/entregas/{id}/hechos/{sequence}")
  String fact(
      @PathVariable String id,
      @PathVariable long sequence,
      Model model,
      HttpServletResponse response) {
    return show(id, sequence, null, null, model, response);
  }

  @PostMapping("/entregas/{id}/hechos/{sequence}/correccion")
  String correct(
      @PathVariable String id,
      @PathVariable long sequence,
      @ModelAttribute("correction") CorrectionForm correction,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Optional<Shown> shown = load(id, sequence, model, response);
    if (shown.isEmpty()) {
      return "deliveries/correction";
    }
    Answer answer =
        services.command(
            path(id, "corrections"),
            correction.body(sequence, shown.get().kind()),
            correction.getFormKey());
    if (answer.ok()) {
      return recorded(id, "corrected", done);
    }
    correction.setFormKey(FormKey.fresh());
    return show(id, sequence, correction, answer.problem(), model, response);
  }

  @PostMapping("/entregas/{id}/hechos/{sequence}/anulacion")
  String voidFact(
      @PathVariable String id,
      @PathVariable long sequence,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String formKey,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Map<String, Object> body = new HashMap<>();
    body.put("originalSequenceNumber", sequence);
    body.put("reason", FormValues.text(reason));
    Answer answer = services.command(path(id, "voided-facts"), body, formKey);
    if (answer.ok()) {
      return recorded(id, "factVoided", done);
    }
    model.addAttribute("voidRefused", true);
    return show(id, sequence, null, answer.problem(), model, response);
  }

  /** The delivery and the fact being corrected, with the fact's kind. */
  record Shown(Delivery delivery, Delivery.Fact fact, FactKind kind) {}

  private String show(
      String id,
      long sequence,
      CorrectionForm typed,
      Problem refusal,
      Model model,
      HttpServletResponse response) {
    Optional<Shown> shown = load(id, sequence, model, response);
    if (shown.isPresent()) {
      model.addAttribute(
          "correction",
          typed != null ? typed : CorrectionForm.of(shown.get().delivery(), shown.get().fact()));
      model.addAttribute("formKey", FormKey.fresh());
    }
    if (refusal != null) {
      response.setStatus(refusal.status());
      model.addAttribute("refusal", refusal);
    }
    return "deliveries/correction";
  }

  private Optional<Shown> load(
      String id, long sequence, Model model, HttpServletResponse response) {
    Answer answer = services.query(UriComponentsBuilder.fromPath("/deliveries").pathSegment(id));
    if (!answer.ok()) {
      response.setStatus(answer.status());
      model.addAttribute("problem", answer.problem());
      return Optional.empty();
    }
    Delivery delivery = json.convertValue(answer.body(), Delivery.class);
    Optional<Shown> shown =
        delivery.history().stream()
            .filter(fact -> fact.sequenceNumber() == sequence)
            .filter(fact -> FactKind.of(fact.type()) != null)
            .findFirst()
            .map(fact -> new Shown(delivery, fact, FactKind.of(fact.type())));
    if (shown.isEmpty()) {
      response.setStatus(404);
      model.addAttribute("notCorrectable", true);
    }
    shown.ifPresent(found -> model.addAttribute("shown", found));
    return shown;
  }

  private static String recorded(String id, String what, RedirectAttributes done) {
    done.addFlashAttribute("recorded", what);
    done.addAttribute("id", id);
    return "redirect:/entregas/{id}";
  }

  private static UriComponentsBuilder path(String id, String action) {
    return UriComponentsBuilder.fromPath("/deliveries").pathSegment(id, action);
  }
}
