package mx.bitacora.command.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import mx.bitacora.command.agency.NamesAgencies;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan a delivery of materials to a shelter, on behalf of {@code actingAgency}. */
record PlanDeliveryCommand(
    @TargetAggregateIdentifier DeliveryId deliveryId,
    AgencyId actingAgency,
    ProjectId projectId,
    AgencyId fundingAgency,
    List<AgencyId> deliveringAgencies,
    ShelterId receivingShelter,
    AgencyId receivingAgency,
    LocalDate occurredOn,
    List<DeliveryItem> items,
    List<Official> witnesses)
    implements NamesAgencies {

  /** The funder, the delivering and receiving agencies, and each witness's agency. */
  @Override
  public Collection<AgencyId> namedAgencies() {
    List<AgencyId> named = new ArrayList<>();
    named.add(fundingAgency);
    if (deliveringAgencies != null) {
      named.addAll(deliveringAgencies);
    }
    named.add(receivingAgency);
    if (witnesses != null) {
      witnesses.stream().filter(Objects::nonNull).map(Official::agency).forEach(named::add);
    }
    return named;
  }
}
