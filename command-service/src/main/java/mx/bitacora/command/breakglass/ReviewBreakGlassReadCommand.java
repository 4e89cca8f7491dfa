package mx.bitacora.command.breakglass;

import mx.bitacora.command.messaging.RefusedWhenRepeated;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record whether the break-glass read at {@code read} was justified, as found by {@code reviewer}
 * (a commission auditor's user id, from their token). A second review of the same read is refused.
 */
record ReviewBreakGlassReadCommand(
    @TargetAggregateIdentifier ReviewedRead read, String reviewer, boolean justified)
    implements RefusedWhenRepeated {

  @Override
  public BreakGlassReviewProblem codeWhenRepeated() {
    return BreakGlassReviewProblem.BREAK_GLASS_READ_ALREADY_REVIEWED;
  }
}
