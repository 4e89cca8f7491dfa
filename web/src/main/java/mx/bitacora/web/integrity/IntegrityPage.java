package mx.bitacora.web.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.ServiceCalls;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The integrity status: the event log's latest signed checkpoint (position, signing time, key,
 * chain hash, downloadable to keep), and on request a verification of the whole chain against every
 * checkpoint ({@code GET /integrity/verification}), worded by the service ("verified through
 * position N"). With htmx the verification replaces only its part of the page.
 */
@Controller
class IntegrityPage {

  private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

  private final ServiceCalls services;

  IntegrityPage(ServiceCalls services) {
    this.services = services;
  }

  /** The latest checkpoint as the page shows it. */
  record Checkpoint(long position, LocalDateTime signedAt, String keyId, String chainHash) {}

  /** A verification's outcome: intact or not, through which position, and the service's words. */
  record Verification(boolean intact, long verifiedThrough, long unsealedEvents, String summary) {}

  @GetMapping("/integridad")
  String status(Model model) {
    latest(model);
    return "integrity/status";
  }

  @GetMapping("/integridad/verificacion")
  String verify(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
    Answer answer = services.query("/integrity/verification");
    if (answer.ok()) {
      JsonNode report = answer.body();
      model.addAttribute(
          "verification",
          new Verification(
              report.path("intact").asBoolean(),
              report.path("verifiedThrough").asLong(),
              report.path("unsealedEvents").asLong(),
              report.path("summary").asText()));
    } else {
      model.addAttribute("verificationProblem", answer.problem());
    }
    if (htmx != null) {
      return "integrity/status :: verification";
    }
    latest(model);
    return "integrity/status";
  }

  /** The latest checkpoint as a JSON file, to keep and hand back later for verification. */
  @GetMapping("/integridad/constancia.json")
  ResponseEntity<byte[]> checkpointFile() {
    Answer answer = services.query("/integrity/checkpoints/latest");
    if (!answer.ok()) {
      return ResponseEntity.status(answer.status()).build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("constancia-" + answer.body().path("position").asLong() + ".json")
                .build()
                .toString())
        .body(answer.body().toPrettyString().getBytes(StandardCharsets.UTF_8));
  }

  private void latest(Model model) {
    Answer answer = services.query("/integrity/checkpoints/latest");
    if (answer.ok()) {
      JsonNode checkpoint = answer.body();
      model.addAttribute(
          "checkpoint",
          new Checkpoint(
              checkpoint.path("position").asLong(),
              LocalDateTime.ofInstant(Instant.parse(checkpoint.path("signedAt").asText()), MEXICO),
              checkpoint.path("keyId").asText(),
              checkpoint.path("chainHash").asText()));
    } else {
      model.addAttribute("problem", answer.problem());
    }
  }
}
