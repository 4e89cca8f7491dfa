package mx.bitacora.web.deliveries;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import mx.bitacora.web.directory.Directory;
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
 * One delivery ({@code GET /deliveries/{id}}): its parties, lines, witnesses and history, and the
 * forms its agencies act with: dispatch, acknowledge receipt (with discrepancies per line) and void
 * (with a reason). Each form posts the command to command-service; a refusal shows the page again
 * with the service's problem beside the form and what the person typed.
 */
@Controller
class DeliveryPage {

  /** Business dates are Mexican: "today" is today in Mexico City. */
  static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  private final ServiceCalls services;
  private final Directory directory;
  private final ObjectMapper json;

  DeliveryPage(ServiceCalls services, Directory directory, ObjectMapper json) {
    this.services = services;
    this.directory = directory;
    this.json = json;
  }

  @GetMapping("/entregas/{id}")
  String delivery(@PathVariable String id, Model model, HttpServletResponse response) {
    return show(id, model, null, null, response);
  }

  @PostMapping("/entregas/{id}/despacho")
  String dispatch(
      @PathVariable String id,
      @RequestParam(required = false) String dispatchedOn,
      @RequestParam(required = false) String formKey,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Answer answer =
        services.command(
            path(id, "dispatch"), mapOf("dispatchedOn", FormValues.text(dispatchedOn)), formKey);
    return answer.ok()
        ? recorded(id, "dispatched", done)
        : show(id, model, "dispatch", answer.problem(), response);
  }

  @PostMapping("/entregas/{id}/recepcion")
  String acknowledge(
      @PathVariable String id,
      @ModelAttribute("receipt") ReceiptForm receipt,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Answer answer = services.command(path(id, "receipt"), receipt.body(), receipt.getFormKey());
    if (answer.ok()) {
      return recorded(id, "acknowledged", done);
    }
    receipt.setFormKey(FormKey.fresh());
    return show(id, model, "receipt", answer.problem(), response);
  }

  @PostMapping("/entregas/{id}/anulacion")
  String voidIt(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String formKey,
      Model model,
      RedirectAttributes done,
      HttpServletResponse response) {
    Answer answer =
        services.command(path(id, "void"), mapOf("reason", FormValues.text(reason)), formKey);
    if (answer.ok()) {
      return recorded(id, "voided", done);
    }
    model.addAttribute("reason", reason);
    return show(id, model, "void", answer.problem(), response);
  }

  private String show(
      String id, Model model, String refusedForm, Problem refusal, HttpServletResponse response) {
    Answer answer = services.query(UriComponentsBuilder.fromPath("/deliveries").pathSegment(id));
    if (!answer.ok()) {
      model.addAttribute("problem", answer.problem());
      response.setStatus(answer.status());
      return "deliveries/delivery";
    }
    Delivery delivery = json.convertValue(answer.body(), Delivery.class);
    model.addAttribute("delivery", delivery);
    model.addAttribute("agencyNames", directory.agencyNames());
    model.addAttribute("today", LocalDate.now(MEXICO));
    model.addAttribute("formKey", FormKey.fresh());
    if (!model.containsAttribute("receipt")) {
      ReceiptForm receipt = ReceiptForm.of(delivery, LocalDate.now(MEXICO));
      receipt.setFormKey(FormKey.fresh());
      model.addAttribute("receipt", receipt);
    }
    if (refusal != null) {
      response.setStatus(refusal.status());
    }
    model.addAttribute("refusedForm", refusedForm);
    model.addAttribute("refusal", refusal);
    return "deliveries/delivery";
  }

  private static String recorded(String id, String what, RedirectAttributes done) {
    done.addFlashAttribute("recorded", what);
    done.addAttribute("id", id);
    return "redirect:/entregas/{id}";
  }

  private static UriComponentsBuilder path(String id, String action) {
    return UriComponentsBuilder.fromPath("/deliveries").pathSegment(id, action);
  }

  private static Map<String, Object> mapOf(String field, Object value) {
    // Map.of refuses nulls, and an empty field must reach the service to be refused there.
    java.util.HashMap<String, Object> body = new java.util.HashMap<>();
    body.put(field, value);
    return body;
  }
}
