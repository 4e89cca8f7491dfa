package mx.bitacora.web.reviews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import mx.bitacora.web.services.Answer;
import mx.bitacora.web.services.Problem;
import mx.bitacora.web.services.ServiceCalls;
import mx.bitacora.web.signin.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A review's report ({@code GET /reviews/{id}/report} of query-service), passed on as the service
 * issued it: PDF, or CSV with {@code ?formato=csv}. A refusal is a page with the service's problem
 * and its status; {@code 503 REPORT_AWAITING_CHECKPOINT} (a review newer than the latest signed
 * checkpoint) with a way to try again.
 */
@Controller
class ReportDownload {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv");

  private final ServiceCalls services;
  private final ObjectMapper json;

  ReportDownload(ServiceCalls services, ObjectMapper json) {
    this.services = services;
    this.json = json;
  }

  @GetMapping("/revisiones/{reviewId}/informe")
  ResponseEntity<byte[]> report(
      @PathVariable String reviewId, @RequestParam(defaultValue = "pdf") String formato) {
    MediaType type = "csv".equals(formato) ? CSV : MediaType.APPLICATION_PDF;
    ResponseEntity<byte[]> report =
        services.download(
            UriComponentsBuilder.fromPath("/reviews").pathSegment(reviewId, "report"), type);
    if (!report.getStatusCode().is2xxSuccessful()) {
      throw new Refused(reviewId, formato, problem(report));
    }
    return report;
  }

  @ExceptionHandler(Refused.class)
  ModelAndView refused(Refused refused, Authentication authentication) {
    ModelAndView page = new ModelAndView("reviews/report-refused");
    page.addObject("problem", refused.problem);
    page.addObject("reviewId", refused.reviewId);
    page.addObject("formato", refused.formato);
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
      page.addObject("signedIn", SignedIn.of(user));
    }
    page.setStatus(HttpStatus.valueOf(refused.problem.status()));
    return page;
  }

  private Problem problem(ResponseEntity<byte[]> refusal) {
    JsonNode body = null;
    byte[] bytes = refusal.getBody();
    if (bytes != null && bytes.length > 0) {
      try {
        body = json.readTree(bytes);
      } catch (IOException notJson) {
        // The status alone then says what happened.
      }
    }
    return new Answer(refusal.getStatusCode().value(), body, null).problem();
  }

  /** The service refused the report; shown as a page, not passed on as a file. */
  static final class Refused extends RuntimeException {

    private final String reviewId;
    private final String formato;
    private final transient Problem problem;

    Refused(String reviewId, String formato, Problem problem) {
      super(problem.code(), null, false, false);
      this.reviewId = reviewId;
      this.formato = formato;
      this.problem = problem;
    }
  }
}
