package mx.bitacora.events.commitment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/**
 * What was promised, by when (business dates). Stored with its {@code kind}, so readers switch on
 * the sealed type. No term names a case or a victim: only agencies, shelters, items and counts.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DeliveryTerms.class, name = "DELIVERY"),
  @JsonSubTypes.Type(value = TrainingTerms.class, name = "TRAINING"),
  @JsonSubTypes.Type(value = ReferralAnswerTerms.class, name = "REFERRAL_ANSWERS")
})
public sealed interface CommitmentTerms permits DeliveryTerms, TrainingTerms, ReferralAnswerTerms {

  /** The kind of promise. */
  CommitmentKind kind();

  /** The last business date on which a fact still counts toward the promise. */
  LocalDate dueOn();
}
