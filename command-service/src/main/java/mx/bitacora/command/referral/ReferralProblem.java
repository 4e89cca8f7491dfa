package mx.bitacora.command.referral;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about referrals. */
public enum ReferralProblem implements ProblemCode {
  AMENDMENT_ALREADY_RECORDED(HttpStatus.CONFLICT),
  CASE_NOTE_ALREADY_RECORDED(HttpStatus.CONFLICT),
  CLOSURE_REASON_CONTRADICTS_OUTCOME(HttpStatus.CONFLICT),
  CONSENT_ALREADY_WITHDRAWN(HttpStatus.CONFLICT),
  CONSENT_EXPIRED(HttpStatus.FORBIDDEN),
  CONSENT_NOT_NARROWER(HttpStatus.CONFLICT),
  CONSENT_WITHDRAWN(HttpStatus.FORBIDDEN),
  PURPOSE_NOT_COVERED_BY_CONSENT(HttpStatus.FORBIDDEN),
  REFERRAL_SHELTER_CLOSED(HttpStatus.CONFLICT),
  REFERRAL_SHELTER_NOT_OF_RECEIVER(HttpStatus.CONFLICT),
  REFERRAL_SHELTER_NOT_REGISTERED(HttpStatus.CONFLICT),
  DETAILS_OF_ANOTHER_CASE(HttpStatus.CONFLICT),
  NOT_THE_REFERRAL_ISSUER(HttpStatus.FORBIDDEN),
  ONWARD_CONSENT_WIDER(HttpStatus.CONFLICT),
  NOT_THE_REFERRAL_RECEIVER(HttpStatus.FORBIDDEN),
  REFERRAL_ALREADY_ACCEPTED(HttpStatus.CONFLICT),
  REFERRAL_ALREADY_CLOSED(HttpStatus.CONFLICT),
  REFERRAL_ALREADY_RECORDED(HttpStatus.CONFLICT),
  REFERRAL_DECLINED(HttpStatus.CONFLICT),
  REFERRAL_NOT_ACCEPTED(HttpStatus.CONFLICT),
  REFERRAL_NOT_FOUND(HttpStatus.NOT_FOUND),
  REFERRAL_NOT_OPEN_TO_RECEIVER(HttpStatus.FORBIDDEN),
  REFERRAL_TO_OWN_AGENCY(HttpStatus.CONFLICT),
  REFERRAL_WITHDRAWN(HttpStatus.CONFLICT),
  REFERRAL_WITHOUT_CONSENT(HttpStatus.CONFLICT);

  private final HttpStatus status;

  ReferralProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
