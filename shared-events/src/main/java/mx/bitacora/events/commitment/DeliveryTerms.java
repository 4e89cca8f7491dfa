package mx.bitacora.events.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.ShelterId;

/**
 * Deliver {@code quantity} {@code unit} of {@code item} to {@code shelter} by {@code dueOn}. {@code
 * shelterAgency} is the agency operating the shelter when the promise was recorded: the one it is
 * made to.
 */
public record DeliveryTerms(
    ShelterId shelter,
    AgencyId shelterAgency,
    String item,
    String unit,
    BigDecimal quantity,
    LocalDate dueOn)
    implements CommitmentTerms {

  @Override
  public CommitmentKind kind() {
    return CommitmentKind.DELIVERY;
  }
}
