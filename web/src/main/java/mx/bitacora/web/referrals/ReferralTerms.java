package mx.bitacora.web.referrals;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The values the services' referral enums take, in their order, for the pages' choices (as {@code
 * @referralTerms} in templates); each is translated in the referrals bundle.
 */
@Component("referralTerms")
public class ReferralTerms {

  public List<String> getDirections() {
    return List.of("RECEIVED", "ISSUED");
  }

  public List<String> getStates() {
    return List.of("AWAITING_ANSWER", "ACCEPTED", "DECLINED", "WITHDRAWN", "CLOSED");
  }

  public List<String> getUrgencies() {
    return List.of("ROUTINE", "URGENT", "EMERGENCY");
  }

  public List<String> getServices() {
    return List.of("SHELTER", "MEDICAL", "LEGAL", "PSYCHOLOGICAL", "OTHER");
  }

  public List<String> getScopes() {
    return List.of(
        "REQUESTED_SERVICE_ONLY", "SERVICE_AND_FOLLOW_UP", "SERVICE_FOLLOW_UP_AND_PROCEEDINGS");
  }

  public List<String> getPurposes() {
    return List.of("INTAKE", "CARE", "FOLLOW_UP", "LEGAL_PROCEEDINGS");
  }

  public List<String> getDeclineReasons() {
    return List.of("NO_CAPACITY", "SERVICE_NOT_OFFERED", "OUTSIDE_ELIGIBILITY", "OTHER");
  }

  public List<String> getOutcomes() {
    return List.of("SUCCESSFUL", "NOT_SUCCESSFUL");
  }

  public List<String> getClosureReasons() {
    return List.of(
        "SERVICE_PROVIDED",
        "SERVICE_REFUSED_BY_PERSON",
        "CONTACT_LOST",
        "TRANSFERRED_ELSEWHERE",
        "OTHER");
  }
}
