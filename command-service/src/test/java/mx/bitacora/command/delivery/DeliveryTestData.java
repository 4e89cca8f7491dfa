package mx.bitacora.command.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.bitacora.command.shelter.RegisteredShelter;
import mx.bitacora.command.shelter.ShelterDirectory;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;

/** The founding example: INL funds, UNODC and SEGOB deliver to DIF Benito Juárez's CAT. */
final class DeliveryTestData {

  static final DeliveryId DELIVERY =
      new DeliveryId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-000000000001"));
  static final ProjectId PROJECT =
      new ProjectId(UUID.fromString("2b2ac288-c4a2-4ec9-8000-0000000000aa"));
  static final AgencyId INL = new AgencyId("inl");
  static final AgencyId UNODC = new AgencyId("unodc-mexico");
  static final AgencyId SEGOB = new AgencyId("segob");
  static final AgencyId DIF = new AgencyId("dif-benito-juarez");
  static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  static final ShelterId CAT_CANCUN = new ShelterId("cat-cancun");
  static final ShelterId CLOSED_REFUGIO = new ShelterId("refugio-cerrado");
  static final LocalDate OCCURRED_ON = LocalDate.of(2022, 10, 21);

  static final List<DeliveryItem> ITEMS =
      List.of(
          new DeliveryItem(1, "Colchones individuales", new BigDecimal("20"), "pieza"),
          new DeliveryItem(2, "Kits de higiene", new BigDecimal("50"), "kit"));

  static final List<Official> WITNESSES =
      List.of(
          new Official("Directora de Desarrollo de Programas", SEGOB),
          new Official("Directora General del DIF Benito Juárez", DIF));

  /** The shelters the network has registered: CAT Cancún, operated by DIF; a closed refugio. */
  static final ShelterDirectory SHELTERS =
      shelterId ->
          Optional.ofNullable(
              Map.of(
                      CAT_CANCUN, new RegisteredShelter(CAT_CANCUN, DIF, false),
                      CLOSED_REFUGIO, new RegisteredShelter(CLOSED_REFUGIO, DIF, true))
                  .get(shelterId));

  private DeliveryTestData() {}

  static PlanDeliveryCommand planTo(ShelterId shelter, AgencyId receivingAgency) {
    return new PlanDeliveryCommand(
        DELIVERY,
        UNODC,
        PROJECT,
        INL,
        List.of(UNODC, SEGOB),
        shelter,
        receivingAgency,
        OCCURRED_ON,
        ITEMS,
        WITNESSES);
  }

  static PlanDeliveryCommand plan(AgencyId actingAgency, List<DeliveryItem> items) {
    return new PlanDeliveryCommand(
        DELIVERY,
        actingAgency,
        PROJECT,
        INL,
        List.of(UNODC, SEGOB),
        CAT_CANCUN,
        DIF,
        OCCURRED_ON,
        items,
        WITNESSES);
  }

  static PlanDeliveryCommand plan() {
    return plan(UNODC, ITEMS);
  }

  static DeliveryPlannedEvent planned() {
    return new DeliveryPlannedEvent(
        DELIVERY,
        PROJECT,
        INL,
        List.of(UNODC, SEGOB),
        CAT_CANCUN,
        DIF,
        OCCURRED_ON,
        ITEMS,
        WITNESSES);
  }

  static DeliveryDispatchedEvent dispatched() {
    return new DeliveryDispatchedEvent(DELIVERY, OCCURRED_ON);
  }

  static AcknowledgeDeliveryReceiptCommand acknowledge(
      AgencyId actingAgency, ItemDiscrepancy... discrepancies) {
    return new AcknowledgeDeliveryReceiptCommand(
        DELIVERY, actingAgency, "Responsable del CAT", OCCURRED_ON, List.of(discrepancies));
  }
}
