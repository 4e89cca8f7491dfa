package mx.bitacora.command.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import mx.bitacora.events.commitment.CommitmentKind;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.training.TrainingAudience;

/**
 * The terms as a client states them; the aggregate completes them into the event's terms (a
 * shelter's operating agency, for instance, is looked up, not stated).
 */
sealed interface PromisedTerms {

  CommitmentKind kind();

  /** Deliver {@code quantity} {@code unit} of {@code item} to {@code shelter} by {@code dueOn}. */
  record Delivery(ShelterId shelter, String item, String unit, BigDecimal quantity, LocalDate dueOn)
      implements PromisedTerms {
    @Override
    public CommitmentKind kind() {
      return CommitmentKind.DELIVERY;
    }
  }

  /** Train {@code staff} of {@code traineeAgency} for {@code audience} by {@code dueOn}. */
  record Training(AgencyId traineeAgency, TrainingAudience audience, int staff, LocalDate dueOn)
      implements PromisedTerms {
    @Override
    public CommitmentKind kind() {
      return CommitmentKind.TRAINING;
    }
  }

  /** Answer the referrals received from {@code startsOn} to {@code endsOn} within the limits. */
  record ReferralAnswers(LocalDate startsOn, LocalDate endsOn) implements PromisedTerms {
    @Override
    public CommitmentKind kind() {
      return CommitmentKind.REFERRAL_ANSWERS;
    }
  }
}
