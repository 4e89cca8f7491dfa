package mx.bitacora.query.shelterdeliveries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ProjectId;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryDispatchedEvent;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.query.testing.AggregateEventLog;

/**
 * Test data: the INL-funded delivery of materials by UNODC to DIF Benito Juárez's CAT in Cancún,
 * and the metadata the command side writes on every event.
 */
public final class TestDeliveries {

  public static final AgencyId INL = new AgencyId("inl");
  public static final AgencyId UNODC = new AgencyId("unodc-mexico");
  public static final AgencyId DIF_BENITO_JUAREZ = new AgencyId("dif-benito-juarez");
  public static final AgencyId SEGOB = new AgencyId("segob");
  public static final AgencyId FISCALIA_QUINTANA_ROO = new AgencyId("fiscalia-quintana-roo");
  public static final ProjectId SHELTER_STRENGTHENING =
      ProjectId.of("5f0c1e4a-8d7b-4c1e-9a43-2b6f1f3d9e01");
  public static final LocalDate OCTOBER_21_2022 = LocalDate.of(2022, 10, 21);

  private TestDeliveries() {}

  /** A shelter no other test uses, so each test reads only its own deliveries. */
  public static ShelterId newShelter() {
    return new ShelterId("cat-cancun-" + UUID.randomUUID().toString().substring(0, 8));
  }

  public static DeliveryId newDelivery() {
    return new DeliveryId(UUID.randomUUID());
  }

  /** Twenty mattresses, fifty hygiene kits and twenty bedding sets, witnessed by two officials. */
  public static DeliveryPlannedEvent planned(
      DeliveryId id, ShelterId shelter, LocalDate occurredOn) {
    return new DeliveryPlannedEvent(
        id,
        SHELTER_STRENGTHENING,
        INL,
        List.of(UNODC),
        shelter,
        DIF_BENITO_JUAREZ,
        occurredOn,
        List.of(
            new DeliveryItem(1, "Colchón individual", new BigDecimal("20"), "pieza"),
            new DeliveryItem(2, "Kit de higiene personal", new BigDecimal("50"), "kit"),
            new DeliveryItem(3, "Juego de ropa de cama", new BigDecimal("20"), "juego")),
        List.of(
            new Official("Directora del CAT", DIF_BENITO_JUAREZ),
            new Official("Oficial de programa de UNODC", UNODC)));
  }

  public static DeliveryPlannedEvent planned(DeliveryId id, ShelterId shelter) {
    return planned(id, shelter, OCTOBER_21_2022);
  }

  /** A plan whose single line is too large for the read model: its projection must fail. */
  public static DeliveryPlannedEvent plannedWithImpossibleQuantity(
      DeliveryId id, ShelterId shelter) {
    return new DeliveryPlannedEvent(
        id,
        null,
        INL,
        List.of(UNODC),
        shelter,
        DIF_BENITO_JUAREZ,
        OCTOBER_21_2022,
        List.of(new DeliveryItem(1, "Colchón individual", new BigDecimal("1E+15"), "pieza")),
        List.of());
  }

  public static DeliveryDispatchedEvent dispatched(DeliveryId id) {
    return new DeliveryDispatchedEvent(id, OCTOBER_21_2022);
  }

  /** Line 2 arrived short: 48 of 50 hygiene kits; the other lines arrived as planned. */
  public static DeliveryReceiptAcknowledgedEvent acknowledgedTwoKitsShort(DeliveryId id) {
    return new DeliveryReceiptAcknowledgedEvent(
        id,
        new Official("Directora del CAT", DIF_BENITO_JUAREZ),
        OCTOBER_21_2022,
        List.of(new ItemDiscrepancy(2, new BigDecimal("48"), "Dos kits llegaron dañados")));
  }

  public static DeliveryVoidedEvent voided(DeliveryId id) {
    return new DeliveryVoidedEvent(id, "Registrada dos veces por error");
  }

  public static Map<String, Object> byUnodcStaff(String requestId) {
    return AggregateEventLog.origin("unodc-staff-1", UNODC, requestId, "AGENCY_STAFF");
  }

  public static Map<String, Object> byShelterStaff(String requestId) {
    return AggregateEventLog.origin("dif-staff-7", DIF_BENITO_JUAREZ, requestId, "AGENCY_STAFF");
  }
}
