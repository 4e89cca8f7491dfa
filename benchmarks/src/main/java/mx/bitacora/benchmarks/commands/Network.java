package mx.bitacora.benchmarks.commands;

import java.net.http.HttpResponse;
import java.util.UUID;
import mx.bitacora.benchmarks.environment.BenchmarkIdentity;
import mx.bitacora.benchmarks.load.Api;

/**
 * The agencies of the Cancún demo acting through command-service, each with its own JWT: the
 * reference data (agencies, DIF's CAT), then the commands the benchmarks send.
 */
public final class Network {

  /**
   * The business date of every fact recorded: two days ago, since the services run without the dev
   * profile and refuse a date beyond `bitacora.business-time.max-backdating` in the past.
   */
  private static final String RECENTLY = java.time.LocalDate.now().minusDays(2).toString();

  /** The shelter every benchmark delivery and referral goes to. */
  public static final String SHELTER = "cat-cancun";

  private final Api api = new Api();
  private final String commandService;
  private final String admin;
  private final String unodc;
  private final String dif;
  private final String fiscalia;
  private final String auditor;

  /** The network on {@code commandServiceUrl}, with tokens signed by {@code identity}. */
  public Network(String commandServiceUrl, BenchmarkIdentity identity) {
    this.commandService = commandServiceUrl;
    this.admin = identity.token("bench-admin", "bitacora-ops", "PLATFORM_ADMIN");
    this.unodc = identity.token("bench-unodc", "unodc-mexico", "AGENCY_STAFF");
    this.dif = identity.token("bench-dif", "dif-benito-juarez", "AGENCY_STAFF");
    this.fiscalia = identity.token("bench-fiscalia", "fiscalia-quintana-roo", "AGENCY_STAFF");
    this.auditor = identity.token("bench-auditor", "segob", "COMMISSION_AUDITOR");
  }

  /** Registers the agencies and the shelter, failing on any refusal. */
  /** The ids of one story of each kind, told in full: the templates the M3 log is cloned from. */
  public record Templates(UUID delivery, UUID referral, UUID training) {}

  /**
   * Registers the reference data, then tells one delivery (planned, dispatched, acknowledged), one
   * referral (issued, accepted) and one training session (10 participants) in full.
   */
  public Templates recordTemplates() {
    registerReferenceData();
    Templates templates = new Templates(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    trainingSession(templates.training(), 10);
    require(planDelivery(templates.delivery()));
    require(dispatch(templates.delivery()));
    require(acknowledge(templates.delivery()));
    require(issueReferral(templates.referral(), "BENCH-TEMPLATE-0001"));
    require(accept(templates.referral()));
    return templates;
  }

  private static void require(HttpResponse<String> answer) {
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException("a set-up command answered " + answer.statusCode());
    }
  }

  public void registerReferenceData() {
    agency("segob", "Secretaría de Gobernación", "FEDERAL", "FEDERAL", null);
    agency("dif-benito-juarez", "DIF Benito Juárez", "MUNICIPAL", "MUNICIPAL", "Quintana Roo");
    agency("unodc-mexico", "UNODC México", "INTERNATIONAL", "INTERNATIONAL", null);
    agency("inl", "INL", "INTERNATIONAL", "INTERNATIONAL", null);
    agency("fiscalia-quintana-roo", "Fiscalía de Quintana Roo", "STATE", "STATE", "Quintana Roo");
    require(
        post(
            "/shelters",
            dif,
            """
            {"shelterId": "cat-cancun", "name": "Casa de Asistencia Temporal del DIF Benito Juárez",
             "kind": "CAT", "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
             "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
            """),
        "register the shelter");
  }

  /** UNODC plans a delivery INL funds for DIF's CAT (create). */
  public HttpResponse<String> planDelivery(UUID delivery) {
    return post(
        "/deliveries",
        unodc,
        """
        {"deliveryId": "%s", "fundingAgency": "inl", "deliveringAgencies": ["unodc-mexico", "segob"],
         "receivingShelter": "cat-cancun", "receivingAgency": "dif-benito-juarez",
         "occurredOn": "%s",
         "items": [{"description": "Colchones individuales", "quantity": 20, "unit": "pieza"},
                   {"description": "Kits de higiene personal", "quantity": 50, "unit": "kit"},
                   {"description": "Material didáctico y lúdico", "quantity": 10, "unit": "paquete"}],
         "witnesses": [{"title": "Directora General del DIF Benito Juárez", "agency": "dif-benito-juarez"},
                       {"title": "Directora de Desarrollo de Programas", "agency": "segob"}]}
        """
            .formatted(delivery, RECENTLY));
  }

  /** UNODC dispatches a planned delivery. */
  public HttpResponse<String> dispatch(UUID delivery) {
    return post(
        "/deliveries/" + delivery + "/dispatch",
        unodc,
        "{\"dispatchedOn\": \"%s\"}".formatted(RECENTLY));
  }

  /** DIF acknowledges receipt of a dispatched delivery, with one discrepancy (update). */
  public HttpResponse<String> acknowledge(UUID delivery) {
    return post(
        "/deliveries/" + delivery + "/receipt",
        dif,
        """
        {"receivedByTitle": "Responsable del CAT", "receivedOn": "%s",
         "discrepancies": [{"line": 2, "receivedQuantity": 48, "note": "2 kits con empaque dañado"}]}
        """
            .formatted(RECENTLY));
  }

  /** The state prosecutor refers a (fictitious) case to DIF's CAT (create). */
  public HttpResponse<String> issueReferral(UUID referral, String caseReference) {
    return post(
        "/referrals",
        fiscalia,
        """
        {"referralId": "%s", "caseReference": "%s", "receivingAgency": "dif-benito-juarez",
         "receivingShelter": "cat-cancun", "service": "SHELTER", "urgency": "ROUTINE",
         "consent": {"givenOn": "%s", "scope": "REQUESTED_SERVICE_ONLY"},
         "victimDetails": {"notes": "Caso ficticio para pruebas de carga", "age": 15, "sex": "F",
                           "nationality": "Mexicana"}}
        """
            .formatted(referral, caseReference, RECENTLY));
  }

  /** DIF accepts a referral (update). */
  public HttpResponse<String> accept(UUID referral) {
    return post("/referrals/" + referral + "/accept", dif, null);
  }

  /**
   * UNODC schedules a training session, enrols {@code participants} staff, records their attendance
   * and the completion of all but one: a session's whole story.
   */
  public void trainingSession(UUID session, int participants) {
    String path = "/training-sessions/" + session;
    require(
        post(
            "/training-sessions",
            unodc,
            """
            {"trainingSessionId": "%s",
             "topic": "Atención especializada a niñas, niños y adolescentes víctimas de trata",
             "trainerAgency": "unodc-mexico", "audience": "SHELTER_STAFF", "hours": 8,
             "heldOn": "%s", "place": "Cancún, Quintana Roo", "capacity": 30}
            """
                .formatted(session, RECENTLY)),
        "schedule a training session");
    for (int i = 0; i < participants; i++) {
      String staff = "dif-bj-%04d".formatted(i);
      require(
          post(
              path + "/participants",
              unodc,
              "{\"staffId\": \"%s\", \"agency\": \"dif-benito-juarez\", \"role\": \"Cuidadora del CAT\"}"
                  .formatted(staff)),
          "enrol");
      require(
          post(path + "/attendance", unodc, "{\"staffId\": \"%s\"}".formatted(staff)), "attend");
    }
    for (int i = 0; i < participants - 1; i++) {
      require(
          post(
              path + "/completions",
              unodc,
              "{\"staffId\": \"dif-bj-%04d\", \"hoursCompleted\": 8, \"certificateReference\": \"UNODC-2022-QROO-%03d\"}"
                  .formatted(i, i)),
          "complete");
    }
  }

  /** A token of DIF staff (reads its shelter's deliveries and its referrals). */
  public String difToken() {
    return dif;
  }

  /** A token of UNODC staff (reads the deliveries it plans). */
  public String unodcToken() {
    return unodc;
  }

  /** A token of a commission auditor (overview, audit trail). */
  public String auditorToken() {
    return auditor;
  }

  private void agency(String id, String name, String kind, String level, String state) {
    require(
        post(
            "/agencies",
            admin,
            ("{\"agencyId\": \"%s\", \"name\": \"%s\", \"acronym\": \"%s\", \"kind\": \"%s\","
                    + " \"level\": \"%s\"%s}")
                .formatted(
                    id,
                    name,
                    id.toUpperCase(java.util.Locale.ROOT),
                    kind,
                    level,
                    state == null ? "" : ", \"state\": \"" + state + "\"")),
        "register agency " + id);
  }

  private HttpResponse<String> post(String path, String token, String json) {
    return api.post(commandService + path, token, json);
  }

  private static void require(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          what + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
