package mx.bitacora.query.commitments;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.commitment.CommitmentId;
import mx.bitacora.events.commitment.CommitmentMadeEvent;
import mx.bitacora.events.commitment.DeliveryTerms;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.common.CorrectedFact;
import mx.bitacora.events.common.Official;
import mx.bitacora.events.common.ShelterId;
import mx.bitacora.events.delivery.DeliveryFactCorrectedEvent;
import mx.bitacora.events.delivery.DeliveryFactKind;
import mx.bitacora.events.delivery.DeliveryId;
import mx.bitacora.events.delivery.DeliveryItem;
import mx.bitacora.events.delivery.DeliveryPlannedEvent;
import mx.bitacora.events.delivery.DeliveryReceiptAcknowledgedEvent;
import mx.bitacora.events.delivery.DeliveryVoidedEvent;
import mx.bitacora.events.delivery.ItemDiscrepancy;
import mx.bitacora.query.testing.NetworkFacts;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.ProjectionTest;
import mx.bitacora.query.tracking.ProcessingGroups;
import org.junit.jupiter.api.Test;

/**
 * The commitments projection's own tables: corrected plans and receipts replace what they correct,
 * a voided delivery counts for nothing, and a replay of the whole log restores what was lost and
 * changes and doubles nothing.
 */
@OwnContext
class CommitmentFactsProjectionTest extends ProjectionTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));
  private static final AgencyId UNODC = new AgencyId("unodc-mexico");
  private static final AgencyId INL = new AgencyId("inl");

  @Test
  void correctedPlansAndReceipts_replaceWhatTheyCorrect_aVoidedDeliveryCountsForNothing() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    CommitmentId id = made(shelter, dif, "Colchón", 100);
    DeliveryId delivery = new DeliveryId(UUID.randomUUID());
    String plan = log.append(planned(delivery, shelter, dif, "Cobija", 40), byStaffOf(UNODC));
    String receipt = log.append(received(delivery, dif, TODAY, List.of()), byStaffOf(dif));
    awaitAchieved(id, "0"); // another item

    // the plan said blankets: it was mattresses
    log.append(
        new DeliveryFactCorrectedEvent(
            delivery,
            new CorrectedFact(plan, 0),
            DeliveryFactKind.PLAN,
            "Eran colchones",
            TODAY,
            List.of(new DeliveryItem(1, "colchon", new BigDecimal("40"), "pieza")),
            null),
        byStaffOf(UNODC));
    awaitAchieved(id, "40");

    // the receipt is corrected: 35 arrived
    log.append(
        new DeliveryFactCorrectedEvent(
            delivery,
            new CorrectedFact(receipt, 1),
            DeliveryFactKind.RECEIPT,
            "Faltaron 5",
            TODAY,
            null,
            List.of(new ItemDiscrepancy(1, new BigDecimal("35"), "Faltaron 5"))),
        byStaffOf(dif));
    awaitAchieved(id, "35");

    log.append(new DeliveryVoidedEvent(delivery, "Registrada dos veces"), byStaffOf(UNODC));
    awaitAchieved(id, "0");
  }

  @Test
  void replayingTheWholeLog_restoresWhatWasLost_andChangesAndDoublesNothing() {
    AgencyId dif = NetworkFacts.newAgency("dif");
    ShelterId shelter = new ShelterId("cat-" + UUID.randomUUID().toString().substring(0, 8));
    CommitmentId id = made(shelter, dif, "Kit", 100);
    DeliveryId delivery = new DeliveryId(UUID.randomUUID());
    log.append(planned(delivery, shelter, dif, "Kit", 30), byStaffOf(UNODC));
    log.append(
        received(delivery, dif, TODAY, List.of(new ItemDiscrepancy(1, BigDecimal.TEN, "Faltan"))),
        byStaffOf(dif));
    awaitAchieved(id, "10");
    List<Map<String, Object>> commitmentsBefore = commitments();
    List<Map<String, Object>> linesBefore = all("commitment_delivery_line", "delivery_id, line");
    jdbc.update("DELETE FROM read_model.commitment_delivery_line");

    ShelterId markerShelter =
        new ShelterId("marker-" + UUID.randomUUID().toString().substring(0, 8));
    CommitmentId marker = new CommitmentId(UUID.randomUUID());
    replayFromTheStart(
        ProcessingGroups.COMMITMENTS,
        () ->
            log.append(
                new CommitmentMadeEvent(
                    marker,
                    List.of(UNODC),
                    null,
                    new DeliveryTerms(
                        markerShelter, dif, "Kit", "kit", BigDecimal.ONE, TODAY.plusDays(1)),
                    TODAY),
                byStaffOf(UNODC)));
    await()
        .atMost(LAG)
        .until(() -> rowWhere("commitment", "commitment_id", marker.value()) != null);

    List<Map<String, Object>> commitmentsAfter = commitments();
    commitmentsAfter.removeIf(row -> row.get("commitment_id").equals(marker.value()));
    assertThat(commitmentsAfter).isEqualTo(commitmentsBefore);
    assertThat(all("commitment_delivery_line", "delivery_id, line")).isEqualTo(linesBefore);
  }

  /** Every commitment row (array columns as lists: {@code ProjectionTest.all}). */
  private List<Map<String, Object>> commitments() {
    return all("commitment", "commitment_id");
  }

  private CommitmentId made(ShelterId shelter, AgencyId operator, String item, int quantity) {
    CommitmentId id = new CommitmentId(UUID.randomUUID());
    log.append(
        new CommitmentMadeEvent(
            id,
            List.of(UNODC),
            null,
            new DeliveryTerms(
                shelter, operator, item, "pieza", BigDecimal.valueOf(quantity), TODAY.plusDays(9)),
            TODAY),
        byStaffOf(UNODC));
    return id;
  }

  private static DeliveryPlannedEvent planned(
      DeliveryId delivery, ShelterId shelter, AgencyId receiver, String item, int quantity) {
    return new DeliveryPlannedEvent(
        delivery,
        null,
        INL,
        List.of(UNODC),
        shelter,
        receiver,
        TODAY,
        List.of(new DeliveryItem(1, item, BigDecimal.valueOf(quantity), "pieza")),
        List.of());
  }

  private static DeliveryReceiptAcknowledgedEvent received(
      DeliveryId delivery, AgencyId receiver, LocalDate on, List<ItemDiscrepancy> discrepancies) {
    return new DeliveryReceiptAcknowledgedEvent(
        delivery, new Official("Directora del albergue", receiver), on, discrepancies);
  }

  private void awaitAchieved(CommitmentId id, String achieved) {
    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              Map<String, Object> row = rowWhere("commitment", "commitment_id", id.value());
              assertThat(row).isNotNull();
              assertThat((BigDecimal) row.get("achieved")).isEqualByComparingTo(achieved);
            });
  }
}
