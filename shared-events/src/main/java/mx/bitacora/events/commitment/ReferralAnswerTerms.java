package mx.bitacora.events.commitment;

import java.time.LocalDate;

/**
 * Answer every referral the committing agencies receive from {@code startsOn} to {@code endsOn}
 * (both inclusive) within the answer limit of its urgency.
 */
public record ReferralAnswerTerms(LocalDate startsOn, LocalDate endsOn) implements CommitmentTerms {

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.REFERRAL_ANSWERS;
  }

  @Override
  public LocalDate dueOn() {
    return endsOn;
  }
}
