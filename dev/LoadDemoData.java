import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the October 2022 Cancún demo scenario through command-service's public API, with DEV-ONLY
 * tokens signed like {@code dev/mint-token} (accepted only under the dev profile). Every id
 * is fixed, and every step accepts "already done", so running it again changes nothing. Usage
 * (from the repository root, with {@code dev/run} running in another terminal):
 *
 * <pre>java dev/LoadDemoData.java [commandServiceUrl]</pre>
 *
 * Officials appear by title only; people in training and referrals only by pseudonymous ids. The
 * project's commitments (made in March 2022) and SEGOB's 2023 review of them follow the delivery and
 * the training.
 *
 * <p>Every fact carries the date (and, for referrals and their answers, the time in Cancún) it
 * happened, October 2022: the dev profile allows back-dating that far ({@code
 * bitacora.business-time.max-backdating}). A database loaded by an earlier version of this loader
 * (the session recorded for audience OTHER, referrals without stated times) answers the changed
 * steps 409 {@code IDEMPOTENCY_KEY_REUSED}: recreate the dev database and load again.
 */
public class LoadDemoData {

  static final String PROJECT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100001";
  static final String DELIVERY = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100002";
  static final String PENDING_DELIVERY = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100004";
  static final String TRAINING = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100003";
  static final String KITS_COMMITMENT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100201";
  static final String STAFF_TRAINING_COMMITMENT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100202";
  static final String PROSECUTOR_TRAINING_COMMITMENT = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100203";
  static final String REVIEW = "5e1a0c3b-7d2f-4a61-9b8e-0c2023100301";
  static final String KITS_FINDING = "5e1a0c3b-7d2f-4a61-9b8e-0c2023100302";
  static final String TRAINING_FINDING = "5e1a0c3b-7d2f-4a61-9b8e-0c2023100303";
  static final String REFERRAL_QROO = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100101";
  static final String REFERRAL_YUC = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100102";
  static final String REFERRAL_CHIS = "5e1a0c3b-7d2f-4a61-9b8e-0c2022100103";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

  private static String baseUrl;
  private static int recorded;
  private static int alreadyThere;

  public static void main(String[] args) throws Exception {
    baseUrl = (args.length > 0 ? args[0] : "http://127.0.0.1:8081").replaceAll("/+$", "");
    String admin = token("demo-admin-1", "bitacora-ops", "PLATFORM_ADMIN");
    String unodc = token("demo-unodc-1", "unodc-mexico", "AGENCY_STAFF");
    String dif = token("demo-dif-1", "dif-benito-juarez", "AGENCY_STAFF");
    String fiscalia = token("demo-fiscalia-1", "fiscalia-quintana-roo", "AGENCY_STAFF");
    String reviewer = token("demo-reviewer-1", "segob", "COMPLIANCE_REVIEWER");

    // Agencies: registered by a platform administrator.
    agency(admin, "segob", "Secretaría de Gobernación", "SEGOB", "FEDERAL", "FEDERAL", null);
    agency(
        admin,
        "dif-benito-juarez",
        "Sistema para el Desarrollo Integral de la Familia del Municipio de Benito Juárez",
        "DIF BJ",
        "MUNICIPAL",
        "MUNICIPAL",
        "Quintana Roo");
    agency(
        admin,
        "unodc-mexico",
        "Oficina de las Naciones Unidas contra la Droga y el Delito en México",
        "UNODC",
        "INTERNATIONAL",
        "INTERNATIONAL",
        null);
    agency(
        admin,
        "inl",
        "Oficina Internacional de Asuntos Antinarcóticos y Procuración de Justicia",
        "INL",
        "INTERNATIONAL",
        "INTERNATIONAL",
        null);
    agency(
        admin,
        "fiscalia-quintana-roo",
        "Fiscalía General del Estado de Quintana Roo",
        "FGE QROO",
        "STATE",
        "STATE",
        "Quintana Roo");
    agency(
        admin,
        "gobierno-quintana-roo",
        "Gobierno del Estado de Quintana Roo",
        "GOB QROO",
        "STATE",
        "STATE",
        "Quintana Roo");

    // The shelter, registered by its operating agency.
    create(
        "shelter cat-cancun",
        "/shelters",
        dif,
        """
        {"shelterId": "cat-cancun", "name": "Casa de Asistencia Temporal del DIF Benito Juárez",
         "kind": "CAT", "operatingAgency": "dif-benito-juarez", "municipality": "Benito Juárez",
         "state": "Quintana Roo", "capacity": 24, "servesMinors": true}
        """);

    // The shelter-strengthening project: INL funds, UNODC implements, SEGOB coordinates.
    create(
        "project " + PROJECT,
        "/projects",
        unodc,
        """
        {"projectId": "%s",
         "name": "Proyecto para el Fortalecimiento de Albergues, Refugios y Casas de Medio Camino que brindan asistencia a Víctimas de Trata de Personas",
         "funderAgency": "inl", "implementerAgency": "unodc-mexico", "coordinatorAgency": "segob",
         "beneficiaryShelters": ["cat-cancun"], "startsOn": "2022-01-01", "endsOn": "2023-12-31"}
        """
            .formatted(PROJECT));

    // The delivery of 21 October 2022, witnessed by officials named by title only.
    create(
        "delivery " + DELIVERY,
        "/deliveries",
        unodc,
        """
        {"deliveryId": "%s", "projectId": "%s", "fundingAgency": "inl",
         "deliveringAgencies": ["unodc-mexico", "segob"], "receivingShelter": "cat-cancun",
         "receivingAgency": "dif-benito-juarez", "occurredOn": "2022-10-21",
         "items": [
           {"description": "Colchones individuales", "quantity": 20, "unit": "pieza"},
           {"description": "Kits de higiene personal", "quantity": 50, "unit": "kit"},
           {"description": "Material didáctico y lúdico", "quantity": 10, "unit": "paquete"}],
         "witnesses": [
           {"title": "Directora General del DIF Benito Juárez", "agency": "dif-benito-juarez"},
           {"title": "Directora de Desarrollo de Programas", "agency": "segob"},
           {"title": "Coordinadora del Área contra la Trata de Personas", "agency": "unodc-mexico"},
           {"title": "Coordinador de Programas de Lavado de Dinero y Tráfico Ilícito de Migrantes", "agency": "inl"},
           {"title": "Coordinador General de la Mesa de Seguridad y Justicia", "agency": "gobierno-quintana-roo"}]}
        """
            .formatted(DELIVERY, PROJECT));
    act(
        "dispatch delivery",
        "/deliveries/" + DELIVERY + "/dispatch",
        unodc,
        "{\"dispatchedOn\": \"2022-10-21\"}",
        "DELIVERY_ALREADY_DISPATCHED");
    long receipt =
        position(
            "acknowledge delivery receipt",
            act(
                "acknowledge delivery receipt",
                "/deliveries/" + DELIVERY + "/receipt",
                dif,
                """
                {"receivedByTitle": "Responsable del CAT", "receivedOn": "2022-10-21",
                 "discrepancies": [{"line": 2, "receivedQuantity": 48, "note": "2 kits con empaque dañado"}]}
                """,
                "DELIVERY_ALREADY_RECEIVED"));

    // Training for shelter staff and prosecutors; participants by pseudonymous staff id only.
    long sessionScheduled =
        position(
            "training session " + TRAINING,
            create(
                "training session " + TRAINING,
                "/training-sessions",
                unodc,
                """
                {"trainingSessionId": "%s", "projectId": "%s",
                 "topic": "Atención especializada y protección de niñas, niños y adolescentes víctimas de trata (personal de albergues y fiscalías)",
                 "trainerAgency": "unodc-mexico", "audience": "SHELTER_STAFF",
                 "audiences": ["SHELTER_STAFF", "PROSECUTORS"], "hours": 8, "heldOn": "2022-10-25",
                 "place": "Cancún, Quintana Roo", "capacity": 30}
                """
                    .formatted(TRAINING, PROJECT)));
    String session = "/training-sessions/" + TRAINING;
    List<String[]> participants =
        List.of(
            new String[] {"dif-bj-0042", "dif-benito-juarez", "Psicóloga del CAT"},
            new String[] {"dif-bj-0043", "dif-benito-juarez", "Cuidadora del CAT"},
            new String[] {"fge-qroo-0107", "fiscalia-quintana-roo", "Agente del Ministerio Público"},
            new String[] {"fge-qroo-0108", "fiscalia-quintana-roo", "Policía de investigación"});
    for (String[] p : participants) {
      act(
          "enrol " + p[0],
          session + "/participants",
          unodc,
          "{\"staffId\": \"%s\", \"agency\": \"%s\", \"role\": \"%s\"}".formatted(p[0], p[1], p[2]),
          "PARTICIPANT_ALREADY_ENROLLED");
      act(
          "attendance of " + p[0],
          session + "/attendance",
          unodc,
          "{\"staffId\": \"%s\"}".formatted(p[0]),
          "ATTENDANCE_ALREADY_RECORDED");
    }
    // Three of the four completed the course (one left before the end).
    for (int i = 0; i < 3; i++) {
      String staffId = participants.get(i)[0];
      act(
          "completion of " + staffId,
          session + "/completions",
          unodc,
          "{\"staffId\": \"%s\", \"hoursCompleted\": 8, \"certificateReference\": \"UNODC-2022-QROO-%03d\"}"
              .formatted(staffId, i + 1),
          "TRAINING_ALREADY_COMPLETED");
    }

    commitmentsAndTheirReview(unodc, dif, reviewer, receipt, sessionScheduled);

    // Fictitious referrals by the state prosecutor to DIF, by pseudonymous case reference; victim
    // details are fictitious and are sealed by command-service before anything is stored.
    // Each with the time it was made and answered in Cancún (UTC-5), as the agencies state it.
    referral(
        fiscalia,
        REFERRAL_QROO,
        "QROO-2022-0147",
        "SHELTER",
        "EMERGENCY",
        14,
        "F",
        "Mexicana",
        "2022-10-24T09:30:00-05:00");
    referral(
        fiscalia,
        REFERRAL_YUC,
        "YUC-2022-0031",
        "PSYCHOLOGICAL",
        "URGENT",
        16,
        "M",
        "Mexicana",
        "2022-10-24T10:00:00-05:00");
    referral(
        fiscalia,
        REFERRAL_CHIS,
        "CHIS-2022-0212",
        "SHELTER",
        "URGENT",
        15,
        "F",
        "Guatemalteca",
        "2022-10-25T12:00:00-05:00");
    act(
        "accept referral QROO-2022-0147",
        "/referrals/" + REFERRAL_QROO + "/accept",
        dif,
        "{\"answeredAt\": \"2022-10-24T11:45:00-05:00\"}",
        "REFERRAL_ALREADY_ACCEPTED");
    act(
        "decline referral YUC-2022-0031",
        "/referrals/" + REFERRAL_YUC + "/decline",
        dif,
        "{\"reason\": \"SERVICE_NOT_OFFERED\", \"answeredAt\": \"2022-10-24T16:30:00-05:00\"}",
        "REFERRAL_DECLINED");
    // CHIS-2022-0212 stays unanswered.

    // A second delivery, dispatched in December 2022 and not yet acknowledged: the CAT's staff
    // acknowledge it in the web application (the README's walk-through).
    create(
        "delivery " + PENDING_DELIVERY,
        "/deliveries",
        unodc,
        """
        {"deliveryId": "%s", "fundingAgency": "inl",
         "deliveringAgencies": ["unodc-mexico"], "receivingShelter": "cat-cancun",
         "receivingAgency": "dif-benito-juarez", "occurredOn": "2022-12-05",
         "items": [
           {"description": "Cobijas", "quantity": 24, "unit": "pieza"},
           {"description": "Juegos de sábanas", "quantity": 24, "unit": "juego"}],
         "witnesses": [
           {"title": "Coordinadora del Área contra la Trata de Personas", "agency": "unodc-mexico"}]}
        """
            .formatted(PENDING_DELIVERY));
    act(
        "dispatch delivery " + PENDING_DELIVERY,
        "/deliveries/" + PENDING_DELIVERY + "/dispatch",
        unodc,
        "{\"dispatchedOn\": \"2022-12-05\"}",
        "DELIVERY_ALREADY_DISPATCHED");

    System.out.printf(
        "Demo data at %s: %d step(s) recorded now, %d already there.%n"
            + "(Each step sends its own Idempotency-Key: a step already recorded is answered as"
            + " the first time and listed as already there.)%n",
        baseUrl, recorded, alreadyThere);
  }

  /**
   * What the project promised (March 2022), and SEGOB's 2023 review of it: the kits delivered short
   * (DIF answered, the reviewer accepted) and the prosecutors' training short (UNODC has not
   * answered; its due date passed, so it is escalated to the commission).
   */
  private static void commitmentsAndTheirReview(
      String unodc, String dif, String reviewer, long receipt, long sessionScheduled)
      throws Exception {
    create(
        "commitment kits",
        "/commitments",
        unodc,
        """
        {"commitmentId": "%s", "projectId": "%s", "madeOn": "2022-03-01",
         "terms": {"kind": "DELIVERY", "shelter": "cat-cancun", "item": "Kits de higiene personal",
                   "unit": "kit", "quantity": 50, "dueOn": "2022-10-31"}}
        """
            .formatted(KITS_COMMITMENT, PROJECT));
    create(
        "commitment shelter staff training",
        "/commitments",
        unodc,
        """
        {"commitmentId": "%s", "projectId": "%s", "madeOn": "2022-03-01",
         "terms": {"kind": "TRAINING", "traineeAgency": "dif-benito-juarez",
                   "audience": "SHELTER_STAFF", "staff": 2, "dueOn": "2022-12-31"}}
        """
            .formatted(STAFF_TRAINING_COMMITMENT, PROJECT));
    create(
        "commitment prosecutors training",
        "/commitments",
        unodc,
        """
        {"commitmentId": "%s", "projectId": "%s", "madeOn": "2022-03-01",
         "terms": {"kind": "TRAINING", "traineeAgency": "fiscalia-quintana-roo",
                   "audience": "PROSECUTORS", "staff": 4, "dueOn": "2022-12-31"}}
        """
            .formatted(PROSECUTOR_TRAINING_COMMITMENT, PROJECT));

    create(
        "review " + REVIEW,
        "/reviews",
        reviewer,
        """
        {"reviewId": "%s", "title": "Revisión 2023 del proyecto de fortalecimiento de albergues (Cancún)",
         "openedOn": "2023-02-15",
         "scope": {"agencies": [], "projectId": "%s", "shelterId": "cat-cancun",
                   "from": "2022-01-01", "to": "2022-12-31"},
         "criteria": [
           {"code": "ENTREGAS", "description": "Los materiales comprometidos se entregaron completos y se acusaron"},
           {"code": "CAPACITACION", "description": "El personal comprometido se capacitó en el plazo"}]}
        """
            .formatted(REVIEW, PROJECT));
    String findings = "/reviews/" + REVIEW + "/findings";
    create(
        "finding kits",
        findings,
        reviewer,
        """
        {"findingId": "%s", "criterion": "ENTREGAS", "severity": "LOW",
         "concernedAgency": "dif-benito-juarez", "recordedOn": "2023-02-20",
         "statement": "Se acusaron 48 de 50 kits de higiene comprometidos; 2 llegaron con empaque dañado.",
         "recommendation": "Documentar la reposición de los 2 kits.",
         "evidence": {"commitments": ["%s"], "eventPositions": [%d]},
         "responseDueOn": "2023-03-20"}
        """
            .formatted(KITS_FINDING, KITS_COMMITMENT, receipt));
    create(
        "answer to finding kits",
        findings + "/" + KITS_FINDING + "/answer",
        dif,
        """
        {"response": "Los 2 kits dañados se repusieron; el acta de reposición está en el expediente del CAT.",
         "correctiveAction": "Revisar el empaque de cada entrega al recibirla",
         "correctiveActionDueOn": "2023-03-31", "answeredOn": "2023-03-10"}
        """);
    create(
        "acceptance of finding kits",
        findings + "/" + KITS_FINDING + "/acceptance",
        reviewer,
        "{\"acceptedOn\": \"2023-03-15\"}");
    create(
        "finding prosecutors training",
        findings,
        reviewer,
        """
        {"findingId": "%s", "criterion": "CAPACITACION", "severity": "HIGH",
         "concernedAgency": "unodc-mexico", "recordedOn": "2023-02-20",
         "statement": "Se capacitó a 1 de las 4 personas de la fiscalía comprometidas para 2022.",
         "recommendation": "Programar una sesión para el personal de la fiscalía pendiente.",
         "evidence": {"commitments": ["%s"], "eventPositions": [%d]},
         "responseDueOn": "2023-04-30"}
        """
            .formatted(TRAINING_FINDING, PROSECUTOR_TRAINING_COMMITMENT, sessionScheduled));
  }

  /** The log position a step's answer names (also on a replayed answer). */
  private static long position(String what, HttpResponse<String> response) {
    return Long.parseLong(
        response
            .headers()
            .firstValue("X-Event-Position")
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        what
                            + " answered without its log position: a database loaded by an older"
                            + " loader; recreate the dev database and load again")));
  }

  private static void agency(
      String token, String id, String name, String acronym, String kind, String level, String state)
      throws Exception {
    create(
        "agency " + id,
        "/agencies",
        token,
        "{\"agencyId\": \"%s\", \"name\": \"%s\", \"acronym\": \"%s\", \"kind\": \"%s\", \"level\": \"%s\"%s}"
            .formatted(
                id,
                name,
                acronym,
                kind,
                level,
                state == null ? "" : ", \"state\": \"" + state + "\""));
  }

  private static void referral(
      String token,
      String id,
      String caseReference,
      String service,
      String urgency,
      int age,
      String sex,
      String nationality,
      String issuedAt)
      throws Exception {
    String body =
        """
        {"referralId": "%s", "caseReference": "%s", "receivingAgency": "dif-benito-juarez",
         "receivingShelter": "cat-cancun", "service": "%s", "urgency": "%s", "issuedAt": "%s",
         "consent": {"givenOn": "2022-10-24", "scope": "REQUESTED_SERVICE_ONLY"},
         "victimDetails": {"notes": "Caso ficticio para demostración", "age": %d, "sex": "%s",
                           "nationality": "%s"}}
        """
            .formatted(id, caseReference, service, urgency, issuedAt, age, sex, nationality);
    // An identical retry answers 201 (its fingerprint covers a keyed digest of the details, not
    // their ciphertext; see docs/privacy.md). A referral recorded before that change still answers
    // 409 REFERRAL_ALREADY_RECORDED; with fixed ids that means this demo referral is already there.
    act("referral " + caseReference, "/referrals", token, body, "REFERRAL_ALREADY_RECORDED");
  }

  /** A create with a fixed id: a retry with the same body answers 2xx and stores nothing. */
  private static HttpResponse<String> create(String what, String path, String token, String body)
      throws Exception {
    return act(what, path, token, body, null);
  }

  /** Posts; 2xx is recorded, 409 with {@code alreadyDone} is already there, anything else fails. */
  private static HttpResponse<String> act(
      String what, String path, String token, String body, String alreadyDone) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Accept-Language", "en")
            // Each step has its own key: a rerun (or a retry after a lost answer) is answered as
            // the first time and stores nothing.
            .header("Idempotency-Key", idempotencyKey(what, path));
    request =
        body == null
            ? request.POST(HttpRequest.BodyPublishers.noBody())
            : request
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    Matcher code = CODE.matcher(response.body());
    if (status / 100 == 2
        && response.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
      alreadyThere++;
      System.out.println("  already there  " + what);
    } else if (status / 100 == 2) {
      recorded++;
      System.out.println("  recorded       " + what);
    } else if (status == 409 && alreadyDone != null && code.find() && code.group(1).equals(alreadyDone)) {
      alreadyThere++;
      System.out.println("  already there  " + what);
    } else {
      System.err.printf(
          "FAILED: %s (POST %s) answered %d: %s%n", what, path, status, response.body());
      System.exit(1);
    }
    return response;
  }

  /** The step's Idempotency-Key: the same on every run of this loader. */
  private static String idempotencyKey(String what, String path) throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest((what + " " + path).getBytes(StandardCharsets.UTF_8));
    return "demo-" + java.util.HexFormat.of().formatHex(digest, 0, 16);
  }

  /** A DEV-ONLY RS256 token, signed with the dev key like dev/mint-token's (8 hours). */
  private static String token(String user, String agency, String role) throws Exception {
    long now = Instant.now().getEpochSecond();
    String claims =
        "{\"iss\":\"bitacora-dev\",\"aud\":\"bitacora\",\"sub\":\"%s\",\"agency\":\"%s\",\"roles\":[\"%s\"],\"iat\":%d,\"exp\":%d}"
            .formatted(user, agency, role, now, now + 8 * 3600);
    String input = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims);
    String pem =
        Files.readString(Path.of(System.getProperty("key", "dev/dev-jwt-private.pem")))
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem))));
    rsa.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
  }

  private static String base64Url(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
