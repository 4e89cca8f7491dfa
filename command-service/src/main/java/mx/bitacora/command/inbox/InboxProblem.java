package mx.bitacora.command.inbox;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about an agency's inbox. */
public enum InboxProblem implements ProblemCode {
  /** No such notice in the caller's agency's inbox (also: another agency's notice). */
  INBOX_ITEM_NOT_FOUND(HttpStatus.NOT_FOUND),
  /** Never answered: marking a notice read again answers as the first time. */
  INBOX_ITEM_ALREADY_READ(HttpStatus.CONFLICT);

  private final HttpStatus status;

  InboxProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
