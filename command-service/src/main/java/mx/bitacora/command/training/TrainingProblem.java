package mx.bitacora.command.training;

import mx.bitacora.platform.problem.ProblemCode;
import org.springframework.http.HttpStatus;

/** The codes command-service answers about training sessions. */
public enum TrainingProblem implements ProblemCode {
  ATTENDANCE_ALREADY_RECORDED(HttpStatus.CONFLICT),
  CANCELLATION_WITHOUT_REASON(HttpStatus.CONFLICT),
  COMPLETED_HOURS_EXCEED_SESSION(HttpStatus.CONFLICT),
  COMPLETION_BEFORE_SESSION_DATE(HttpStatus.CONFLICT),
  NON_POSITIVE_COMPLETED_HOURS(HttpStatus.CONFLICT),
  NON_POSITIVE_SESSION_CAPACITY(HttpStatus.CONFLICT),
  NON_POSITIVE_TRAINING_HOURS(HttpStatus.CONFLICT),
  NOT_THE_TRAINER_AGENCY(HttpStatus.FORBIDDEN),
  NOT_TRAINER_OR_OWN_STAFF(HttpStatus.FORBIDDEN),
  PARTICIPANT_ALREADY_ENROLLED(HttpStatus.CONFLICT),
  PARTICIPANT_NOT_ENROLLED(HttpStatus.CONFLICT),
  TRAINING_ALREADY_COMPLETED(HttpStatus.CONFLICT),
  TRAINING_SESSION_ALREADY_RECORDED(HttpStatus.CONFLICT),
  TRAINING_SESSION_CANCELLED(HttpStatus.CONFLICT),
  TRAINING_SESSION_FULL(HttpStatus.CONFLICT),
  TRAINING_SESSION_NOT_FOUND(HttpStatus.NOT_FOUND);

  private final HttpStatus status;

  TrainingProblem(HttpStatus status) {
    this.status = status;
  }

  @Override
  public HttpStatus status() {
    return status;
  }
}
