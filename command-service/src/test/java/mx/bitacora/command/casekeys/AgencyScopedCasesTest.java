package mx.bitacora.command.casekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.bitacora.command.CommandServiceTest;
import mx.bitacora.command.apitest.CommandApi;
import mx.bitacora.events.cases.CaseErasedEvent;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.CaseReference;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.testsupport.DevTokens;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case reference is the issuing agency's (issue 14): another agency issuing under the same
 * reference gets a case and key of its own, opens only its own details, and is never told whether
 * the first agency's case exists or was erased. Proved through the API, in the key table itself,
 * and with both agencies issuing at once.
 */
@CommandServiceTest
class AgencyScopedCasesTest {

  private static final AgencyId FISCALIA = new AgencyId("fiscalia-quintana-roo");
  private static final AgencyId GOBIERNO = new AgencyId("gobierno-quintana-roo");
  private static final String FISCALIA_STAFF =
      DevTokens.mint("fis-1", FISCALIA.value(), "AGENCY_STAFF");
  private static final String GOBIERNO_STAFF =
      DevTokens.mint("gob-1", GOBIERNO.value(), "AGENCY_STAFF");
  private static final String ADMIN = DevTokens.mint("admin-1", "segob", "PLATFORM_ADMIN");

  @Autowired private TestRestTemplate http;
  @Autowired private JdbcTemplate jdbc;
  @Autowired private ObjectMapper json;
  @Autowired private CaseCipher cipher;
  @Autowired private EventStore eventStore;

  private CommandApi api() {
    return new CommandApi(http, jdbc, json);
  }

  @Test
  void twoAgencies_sameReference_getTwoKeys_andEachOpensOnlyItsOwnDetails() throws Exception {
    String reference = "QROO-2022-0147";
    UUID fiscalias = UUID.randomUUID();
    UUID gobiernos = UUID.randomUUID();

    assertThat(CommandApi.status(issue(fiscalias, reference, FISCALIA_STAFF))).isEqualTo(201);
    assertThat(CommandApi.status(issue(gobiernos, reference, GOBIERNO_STAFF))).isEqualTo(201);

    List<Map<String, Object>> keys = keyRows(reference);
    assertThat(keys)
        .extracting(row -> row.get("issuing_agency"))
        .containsExactlyInAnyOrder(FISCALIA.value(), GOBIERNO.value());
    assertThat((byte[]) keys.get(0).get("wrapped_key"))
        .isNotEqualTo((byte[]) keys.get(1).get("wrapped_key"));
    assertThat(keys).allSatisfy(row -> assertThat(row.get("bound_to_agency")).isEqualTo(true));

    assertThat(open(FISCALIA, fiscalias).notes()).isEqualTo("notas " + fiscalias);
    assertThat(open(GOBIERNO, gobiernos).notes()).isEqualTo("notas " + gobiernos);
    assertThatThrownBy(() -> open(GOBIERNO, fiscalias))
        .isInstanceOf(CaseDataUnavailableException.class);
    assertThatThrownBy(() -> open(FISCALIA, gobiernos))
        .isInstanceOf(CaseDataUnavailableException.class);
  }

  @Test
  void erasingOneAgencysCase_leavesTheOthersReadable_andOnlyTheErasedAgencyIsToldSo()
      throws Exception {
    String reference = "QROO-2022-0200";
    UUID fiscalias = UUID.randomUUID();
    UUID gobiernos = UUID.randomUUID();
    issue(fiscalias, reference, FISCALIA_STAFF);
    issue(gobiernos, reference, GOBIERNO_STAFF);

    ResponseEntity<String> erased = api().post(erasePath(reference, FISCALIA), null, ADMIN);

    assertThat(CommandApi.status(erased)).as(erased.getBody()).isEqualTo(200);
    assertThat(json.readTree(erased.getBody()).path("issuingAgency").asText())
        .isEqualTo(FISCALIA.value());
    assertThatThrownBy(() -> open(FISCALIA, fiscalias))
        .isInstanceOf(CaseDataUnavailableException.class);
    assertThat(open(GOBIERNO, gobiernos).notes()).isEqualTo("notas " + gobiernos);
    assertThat(keyRows(reference))
        .extracting(row -> row.get("issuing_agency"))
        .containsExactly(GOBIERNO.value());

    // The Fiscalía is told its case was erased; the Gobierno goes on with its own case.
    api().assertProblem(issue(UUID.randomUUID(), reference, FISCALIA_STAFF), 409, "CASE_ERASED");
    assertThat(CommandApi.status(issue(UUID.randomUUID(), reference, GOBIERNO_STAFF)))
        .isEqualTo(201);
    // The erasure names whose case it was, in its own stream.
    CaseErasedEvent event =
        (CaseErasedEvent)
            eventStore
                .readEvents("case:" + FISCALIA + "/" + reference)
                .asStream()
                .findFirst()
                .orElseThrow()
                .getPayload();
    assertThat(event).isEqualTo(new CaseErasedEvent(new CaseReference(reference), FISCALIA));
  }

  @Test
  void anotherAgencysErasedCase_isNoOracle_itsReferenceIsAFreshCaseForTheNextAgency()
      throws Exception {
    String reference = "QROO-2022-0300";
    issue(UUID.randomUUID(), reference, FISCALIA_STAFF);
    api().post(erasePath(reference, FISCALIA), null, ADMIN);

    // Exactly what an agency issuing under a reference nobody used gets: a fresh case.
    UUID gobiernos = UUID.randomUUID();
    ResponseEntity<String> underErased = issue(gobiernos, reference, GOBIERNO_STAFF);
    ResponseEntity<String> underUnused = issue(UUID.randomUUID(), "QROO-2022-0301", GOBIERNO_STAFF);

    assertThat(CommandApi.status(underErased)).isEqualTo(201);
    assertThat(CommandApi.status(underUnused)).isEqualTo(201);
    assertThat(fieldNames(underErased)).isEqualTo(fieldNames(underUnused));
    assertThat(open(GOBIERNO, gobiernos).notes()).isEqualTo("notas " + gobiernos);
    // An administrator erasing under the reference for an agency without a case there is told
    // what any unknown case gets.
    api()
        .assertProblem(
            api().post(erasePath(reference, new AgencyId("inl")), null, ADMIN),
            404,
            "CASE_NOT_FOUND");
    api()
        .assertProblem(
            api().post(erasePath(reference, FISCALIA), null, ADMIN), 409, "CASE_ALREADY_ERASED");
  }

  @Test
  void twoAgencies_issuingTheSameReferenceAtOnce_getOneKeyEach() throws Exception {
    String reference = "QROO-2022-0400";
    int perAgency = 6;
    ExecutorService clients = Executors.newFixedThreadPool(2 * perAgency);
    CountDownLatch start = new CountDownLatch(1);
    List<UUID> fiscalias = new ArrayList<>();
    List<UUID> gobiernos = new ArrayList<>();
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < perAgency; i++) {
        UUID fiscalia = UUID.randomUUID();
        UUID gobierno = UUID.randomUUID();
        fiscalias.add(fiscalia);
        gobiernos.add(gobierno);
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  return issue(fiscalia, reference, FISCALIA_STAFF);
                }));
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  return issue(gobierno, reference, GOBIERNO_STAFF);
                }));
      }
      start.countDown();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get(60, TimeUnit.SECONDS);
        assertThat(CommandApi.status(response)).as(response.getBody()).isEqualTo(201);
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(keyRows(reference))
        .extracting(row -> row.get("issuing_agency"))
        .containsExactlyInAnyOrder(FISCALIA.value(), GOBIERNO.value());
    for (UUID referral : fiscalias) {
      assertThat(open(FISCALIA, referral).notes()).isEqualTo("notas " + referral);
      assertThatThrownBy(() -> open(GOBIERNO, referral))
          .isInstanceOf(CaseDataUnavailableException.class);
    }
    for (UUID referral : gobiernos) {
      assertThat(open(GOBIERNO, referral).notes()).isEqualTo("notas " + referral);
      assertThatThrownBy(() -> open(FISCALIA, referral))
          .isInstanceOf(CaseDataUnavailableException.class);
    }
  }

  @Test
  void anErasureStoredBeforeCasesWereScoped_readsWithoutAnIssuingAgency() {
    String reference = "QROO-2021-0001";
    jdbc.update(
        "insert into event_store.domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload,"
            + " meta_data) values (?, ?, 0, 'CaseErasure', ?, ?, '1', ?, ?)",
        UUID.randomUUID().toString(),
        reference,
        Instant.now().toString(),
        CaseErasedEvent.class.getName(),
        ("{\"caseReference\":\"" + reference + "\"}").getBytes(StandardCharsets.UTF_8),
        "{\"actor\":\"admin-legacy\",\"actorAgency\":\"segob\"}".getBytes(StandardCharsets.UTF_8));

    DomainEventMessage<?> erasure =
        eventStore.readEvents(reference).asStream().findFirst().orElseThrow();

    assertThat(erasure.getPayload())
        .isEqualTo(new CaseErasedEvent(new CaseReference(reference), null));
    assertThat(((CaseErasedEvent) erasure.getPayload()).erasedTheWholeReference()).isTrue();
    assertThat(erasure.getPayloadType()).isEqualTo(CaseErasedEvent.class);
  }

  private List<String> fieldNames(ResponseEntity<String> response) throws Exception {
    List<String> names = new ArrayList<>();
    json.readTree(response.getBody()).fieldNames().forEachRemaining(names::add);
    return names;
  }

  private VictimDetails open(AgencyId issuer, UUID referral) throws Exception {
    ReferralIssuedEvent issued =
        json.readValue(
            jdbc.queryForObject(
                "select payload from event_store.domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = 0",
                byte[].class,
                referral.toString()),
            ReferralIssuedEvent.class);
    return cipher.open(issuer, new ReferralId(referral), issued.victimDetails());
  }

  private List<Map<String, Object>> keyRows(String reference) {
    return jdbc.queryForList(
        "select issuing_agency, wrapped_key, bound_to_agency from case_keys.case_key"
            + " where case_reference = ? order by issuing_agency",
        reference);
  }

  private static String erasePath(String reference, AgencyId issuer) {
    return "/cases/" + reference + "/erase?issuingAgency=" + issuer;
  }

  private ResponseEntity<String> issue(UUID id, String reference, String token) {
    return api()
        .post(
            "/referrals",
            """
            {
              "referralId": "%s",
              "caseReference": "%s",
              "receivingAgency": "dif-benito-juarez",
              "service": "SHELTER",
              "urgency": "URGENT",
              "consent": {"givenOn": "2022-10-20", "scope": "SERVICE_AND_FOLLOW_UP"},
              "victimDetails": {"notes": "notas %s"}
            }
            """
                .formatted(id, reference, id),
            token);
  }
}
