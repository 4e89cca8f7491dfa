package mx.bitacora.web.referrals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the service warned of though it recorded the referral (e.g. {@code
 * RECEIVING_SHELTER_FULL}): its code, translated by the page, and the service's own text, shown
 * when the page has no translation for the code. Carried to the next page as a flash attribute.
 */
record IssueWarning(String code, String detail) implements Serializable {

  static List<IssueWarning> of(JsonNode issued) {
    List<IssueWarning> warnings = new ArrayList<>();
    for (JsonNode warning : issued.path("warnings")) {
      warnings.add(
          new IssueWarning(warning.path("code").asText(), warning.path("detail").asText("")));
    }
    return warnings;
  }
}
