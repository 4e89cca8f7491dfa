package mx.bitacora.system.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import mx.bitacora.testsupport.DevTokens;
import mx.bitacora.testsupport.FreshDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two query-service instances on one database: they split each processor's segments (both claim
 * some, under distinct owner names — two applications in one JVM would otherwise share Axon's
 * default one and both process the same segment), every delivery planned meanwhile appears in the
 * view, and when one instance stops the other takes over all its segments and goes on projecting,
 * losing no event.
 */
class ScaleOutTest {

  private static final String PROCESSOR = "shelter-deliveries";
  private static final String UNODC =
      DevTokens.mint("unodc-staff-1", "unodc-mexico", "AGENCY_STAFF");
  private static final String AUDITOR = DevTokens.mint("auditor-1", "segob", "COMMISSION_AUDITOR");

  private static FreshDatabase database;
  private static TwoServices services;

  @BeforeAll
  static void start() {
    database = FreshDatabase.create("scale_out");
    services = TwoServices.start(database, "--bitacora.scale-out.balance-interval=1s");
    DeliverySliceTest.registerCatCancun(services);
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void twoInstances_splitTheSegments_andOneTakesOverWhenTheOtherStops() throws Exception {
    List<UUID> deliveries = new ArrayList<>();
    try (TwoServices.QueryInstance second = services.startAnotherQueryService()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> owners().size() == 2 && unclaimedSegments() == 0);
      deliveries.addAll(plan(10));
      for (UUID delivery : deliveries) {
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> second.query("/deliveries/" + delivery, AUDITOR).statusCode() == 200);
      }
      assertThat(owners()).hasSize(2);
    }

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> owners().size() == 1 && unclaimedSegments() == 0);
    deliveries.addAll(plan(10));

    for (UUID delivery : deliveries) {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> services.query("/deliveries/" + delivery, AUDITOR).statusCode() == 200);
    }
  }

  private static List<UUID> plan(int count) throws Exception {
    List<UUID> planned = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id = UUID.randomUUID();
      assertThat(services.post("/deliveries", DeliverySliceTest.plan(id), UNODC).statusCode())
          .isEqualTo(201);
      planned.add(id);
    }
    return planned;
  }

  /** The instances that own at least one of the processor's segments. */
  private static Set<String> owners() throws Exception {
    Set<String> owners = new HashSet<>();
    for (String owner :
        column("SELECT owner FROM read_model.token_entry WHERE processor_name = ?")) {
      if (owner != null) {
        owners.add(owner);
      }
    }
    return owners;
  }

  private static long unclaimedSegments() throws Exception {
    return column("SELECT owner FROM read_model.token_entry WHERE processor_name = ?").stream()
        .filter(owner -> owner == null)
        .count();
  }

  private static List<String> column(String sql) throws Exception {
    try (Connection connection = database.connect();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, PROCESSOR);
      try (ResultSet rows = query.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }
}
