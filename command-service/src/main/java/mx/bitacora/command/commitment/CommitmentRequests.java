package mx.bitacora.command.commitment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.training.TrainingAudience;

/** The JSON bodies of the commitment endpoints, validated before any command is sent. */
final class CommitmentRequests {

  private CommitmentRequests() {}

  /**
   * Body of {@code POST /commitments}: made for the caller's agency, or for {@code projectId} (by
   * its implementer or funder) when given; {@code madeOn} is the day it was promised (business
   * time; today when absent).
   */
  record MakeCommitment(
      @NotNull CommitmentId commitmentId,
      ProjectId projectId,
      @NotNull @Valid Terms terms,
      LocalDate madeOn) {}

  /** Body of {@code POST /commitments/{id}/revisions}: the new terms in full, and why. */
  record Revise(@NotNull @Valid Terms terms, @NotBlank @Size(max = 1000) String reason) {}

  /** Body of {@code POST /commitments/{id}/withdrawal}. */
  record Withdraw(@NotBlank @Size(max = 1000) String reason) {}

  /** What is promised; {@code kind} says which. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = DeliveryTerms.class, name = "DELIVERY"),
    @JsonSubTypes.Type(value = TrainingTerms.class, name = "TRAINING"),
    @JsonSubTypes.Type(value = ReferralAnswerTerms.class, name = "REFERRAL_ANSWERS")
  })
  sealed interface Terms permits DeliveryTerms, TrainingTerms, ReferralAnswerTerms {
    PromisedTerms promised();
  }

  /** Deliver {@code quantity} {@code unit} of {@code item} to {@code shelter} by {@code dueOn}. */
  record DeliveryTerms(
      @NotNull ShelterId shelter,
      @NotBlank @Size(max = 300) String item,
      @NotBlank @Size(max = 40) String unit,
      @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
      @NotNull LocalDate dueOn)
      implements Terms {
    @Override
    public PromisedTerms promised() {
      return new PromisedTerms.Delivery(shelter, item, unit, quantity, dueOn);
    }
  }

  /** Train {@code staff} members of {@code traineeAgency} for {@code audience} by {@code dueOn}. */
  record TrainingTerms(
      @NotNull AgencyId traineeAgency,
      @NotNull TrainingAudience audience,
      @Min(1) @Max(100000) int staff,
      @NotNull LocalDate dueOn)
      implements Terms {
    @Override
    public PromisedTerms promised() {
      return new PromisedTerms.Training(traineeAgency, audience, staff, dueOn);
    }
  }

  /** Answer the referrals received from {@code startsOn} to {@code endsOn} within the limits. */
  record ReferralAnswerTerms(@NotNull LocalDate startsOn, @NotNull LocalDate endsOn)
      implements Terms {
    @Override
    public PromisedTerms promised() {
      return new PromisedTerms.ReferralAnswers(startsOn, endsOn);
    }
  }

  /** What a commitment command answers: the commitment it acted on. */
  record Accepted(CommitmentId commitmentId) {}
}
