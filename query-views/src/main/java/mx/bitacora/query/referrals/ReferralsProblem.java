package mx.bitacora.query.referrals;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes the query service answers about reading referrals. */
public enum ReferralsProblem implements ProblemCode {
  REFERRAL_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  ReferralsProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
