package mx.bitacora.query.commission;

import static mx.bitacora.query.testing.NetworkFacts.byStaffOf;
import static mx.bitacora.query.testing.NetworkFacts.issued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.bitacora.events.common.AgencyId;
import mx.bitacora.events.referral.ReferralAcceptedEvent;
import mx.bitacora.events.referral.ReferralId;
import mx.bitacora.events.referral.ReferralIssuedEvent;
import mx.bitacora.events.referral.Urgency;
import mx.bitacora.query.referrals.ReferralState;
import mx.bitacora.query.smallcounts.TotalsAttack;
import mx.bitacora.query.testing.ExportDescriptions;
import mx.bitacora.query.testing.NetworkEventLog;
import mx.bitacora.query.testing.OwnContext;
import mx.bitacora.query.testing.QueryApi.FileAnswer;
import mx.bitacora.query.testing.QueryApi.TextAnswer;
import mx.bitacora.testsupport.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The commission overview's referral counts as compliance reviewers see them, over a network built
 * to leak: DIF Benito Juárez's 2 referrals awaiting an answer could be worked out as Quintana Roo's
 * 8 less the Fiscalía's 6, or as its 10 referrals less its 8 accepted, and the Fiscalía's 2
 * accepted as the network's 16 less the others' 14. Auditors read every count; reviewers "<5" for
 * each small one, and no sum in either grouping or between them gives one back.
 *
 * <pre>
 *                        awaiting (urgency)   accepted (routine, answered in)
 * DIF Benito Juárez, QR  2 (urgent)           8 (1 h)
 * Fiscalía, QR           6 (routine)          2 (3 h)
 * DIF Mérida, Yucatán    7 (routine)          6 (2 h)
 * SEGOB, no state        -                    -
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnContext
class OverviewSmallCountsApiTest extends OverviewNetwork {

  private static final Instant ISSUED = Instant.parse("2022-10-20T15:00:00Z");

  /** The referral figures that count referrals, each a count of the group's. */
  private static final List<String> COUNTS =
      List.of("referralsAnswered", "escalatedReferrals", "referralsToFullShelters");

  @BeforeAll
  void recordTheNetwork() {
    NetworkEventLog log = registerTheAgencies();

    referrals(log, DIF_BJ, 2, Urgency.URGENT, null);
    referrals(log, DIF_BJ, 8, Urgency.ROUTINE, Duration.ofHours(1));
    referrals(log, FISCALIA, 6, Urgency.ROUTINE, null);
    referrals(log, FISCALIA, 2, Urgency.ROUTINE, Duration.ofHours(3));
    referrals(log, DIF_MERIDA, 7, Urgency.ROUTINE, null);
    referrals(log, DIF_MERIDA, 6, Urgency.ROUTINE, Duration.ofHours(2));

    await()
        .atMost(LAG)
        .untilAsserted(
            () -> {
              JsonNode network = read("", auditor).get("network");
              assertThat(network.at("/referralsByState/AWAITING_ANSWER").asLong()).isEqualTo(15);
              assertThat(network.at("/referralsByState/ACCEPTED").asLong()).isEqualTo(16);
              assertThat(read("", auditor).get("groups")).hasSize(4);
            });
  }

  @Test
  void auditors_readEveryCountAsItIs_withItsText() {
    JsonNode bj = group(read("?groupBy=AGENCY", auditor), DIF_BJ.value());
    assertThat(bj.at("/referralsByState/AWAITING_ANSWER").asLong()).isEqualTo(2);
    assertThat(bj.at("/referralsByStateShown/AWAITING_ANSWER").asText()).isEqualTo("2");
    assertThat(bj.at("/referralsByUrgencyShown/URGENT").asText()).isEqualTo("2");
    JsonNode fiscalia = group(read("?groupBy=AGENCY", auditor), FISCALIA.value());
    assertThat(fiscalia.get("referralsAnswered").asLong()).isEqualTo(2);
    assertThat(fiscalia.get("referralsAnsweredShown").asText()).isEqualTo("2");
    assertThat(fiscalia.get("medianTimeToAnswer").asText()).isEqualTo("PT3H");
  }

  @Test
  void reviewers_seeEachSmallCountAsBelowFive_andNoMedianOverFewerThanFiveAnswers() {
    JsonNode byAgency = read("?groupBy=AGENCY", reviewer);
    JsonNode bj = group(byAgency, DIF_BJ.value());
    assertThat(bj.get("referralsByState").has("AWAITING_ANSWER")).isFalse();
    assertThat(bj.at("/referralsByStateShown/AWAITING_ANSWER").asText()).isEqualTo("<5");
    assertThat(bj.at("/referralsByUrgencyShown/URGENT").asText()).isEqualTo("<5");
    assertThat(bj.at("/referralsByStateShown/DECLINED").asText()).isEqualTo("0");
    assertThat(bj.get("medianTimeToAnswer").asText()).isEqualTo("PT1H");

    JsonNode fiscalia = group(byAgency, FISCALIA.value());
    assertThat(fiscalia.at("/referralsByStateShown/ACCEPTED").asText()).isEqualTo("<5");
    assertThat(fiscalia.get("referralsAnswered").isNull()).isTrue();
    assertThat(fiscalia.get("referralsAnsweredShown").asText()).isEqualTo("<5");
    assertThat(fiscalia.get("medianTimeToAnswer").isNull()).isTrue();
    assertThat(fiscalia.get("p90TimeToAnswer").isNull()).isTrue();

    // What is not small, and gives nothing away, is shown.
    JsonNode network = byAgency.get("network");
    assertThat(network.at("/referralsByState/AWAITING_ANSWER").asLong()).isEqualTo(15);
    assertThat(network.at("/referralsByStateShown/AWAITING_ANSWER").asText()).isEqualTo("15");
    assertThat(network.get("medianTimeToAnswer").asText()).isEqualTo("PT1H30M");
    JsonNode merida = group(byAgency, DIF_MERIDA.value());
    assertThat(merida.get("medianTimeToAnswer").asText()).isEqualTo("PT2H");
  }

  @Test
  void theExports_holdWhatTheViewAnswersTheCaller_smallCountsWithheldFromReviewersThereToo()
      throws Exception {
    String bj = DIF_BJ.value();
    TextAnswer audited = api.getText("/commission/overview/export.csv?groupBy=AGENCY", auditor);
    assertThat(audited.status()).isEqualTo(200);
    assertThat(audited.contentType()).startsWith("text/csv");
    List<String> auditorRows = audited.body().lines().toList();
    assertThat(auditorRows.get(0)).isEqualTo("grupo,cifra,descripción,valor");
    String awaiting =
        "referralsByState.AWAITING_ANSWER,Canalizaciones por estado · En espera de respuesta";
    assertThat(auditorRows)
        .contains(bj + "," + awaiting + ",2")
        .contains("network," + awaiting + ",15");
    ExportDescriptions.assertEveryFigureWorded(
        auditorRows.stream().map(row -> row.substring(row.indexOf(',') + 1)).toList());
    assertThat(
            api.getText("/commission/overview/export.csv?groupBy=AGENCY", auditor, "en")
                .body()
                .lines())
        .startsWith("group,figure,description,value")
        .contains(
            "network,referralsByState.AWAITING_ANSWER,Referrals by state · Awaiting an answer,15");

    List<String> reviewerRows =
        api.getText("/commission/overview/export.csv?groupBy=AGENCY", reviewer)
            .body()
            .lines()
            .toList();
    assertThat(reviewerRows)
        .contains(
            bj
                + ",referralsByStateShown.AWAITING_ANSWER,"
                + "Canalizaciones por estado (como se muestran) · En espera de respuesta,<5")
        .contains(FISCALIA.value() + ",referralsAnswered,Canalizaciones respondidas,")
        .contains("network," + awaiting + ",15")
        .doesNotContain(bj + "," + awaiting + ",2");

    FileAnswer pdf = api.getFile("/commission/overview/export.pdf?groupBy=AGENCY", reviewer);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    PdfReader reader = new PdfReader(pdf.body());
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
    }
    reader.close();
    assertThat(text.toString())
        .contains("Panorama de la red contra la trata")
        .contains(bj)
        .contains("Toda la red")
        .contains("En espera de respuesta")
        .doesNotContain("AWAITING_ANSWER")
        .contains("<5");

    String staff = DevTokens.mint("staff-1", bj, "AGENCY_STAFF");
    assertThat(api.getText("/commission/overview/export.csv", staff).status()).isEqualTo(403);
    assertThat(api.getFile("/commission/overview/export.pdf", staff).status()).isEqualTo(403);
    assertThat(
            api.getText(
                    "/commission/overview/export.csv?from=2023-01-01T00:00:00Z&to=2022-01-01T00:00:00Z",
                    auditor)
                .status())
        .isEqualTo(400);
  }

  @Test
  void noSumOfWhatAReviewerSees_inEitherGroupingOrBetweenThem_givesASmallCountBack() {
    JsonNode truthByAgency = read("?groupBy=AGENCY", auditor);
    JsonNode truthByState = read("?groupBy=STATE", auditor);
    JsonNode shownByAgency = read("?groupBy=AGENCY", reviewer);
    JsonNode shownByState = read("?groupBy=STATE", reviewer);
    assertThat(shownByAgency.get("network")).isEqualTo(shownByState.get("network"));

    TotalsAttack attack = new TotalsAttack();
    List<String> figures = figures();
    Map<String, List<String>> agenciesByState = new HashMap<>();
    List<String> states = new ArrayList<>();
    for (int i = 0; i < truthByAgency.get("groups").size(); i++) {
      JsonNode group = truthByAgency.get("groups").get(i);
      String agency = "agency " + group.get("agencyId").asText();
      String state = "state " + group.get("state").asText();
      agenciesByState.computeIfAbsent(state, s -> new ArrayList<>()).add(agency);
      group(
          attack, agency, group.get("figures"), shownByAgency.get("groups").get(i).get("figures"));
    }
    for (int i = 0; i < truthByState.get("groups").size(); i++) {
      JsonNode group = truthByState.get("groups").get(i);
      String state = "state " + group.get("state").asText();
      states.add(state);
      group(attack, state, group.get("figures"), shownByState.get("groups").get(i).get("figures"));
    }
    group(attack, "network", truthByAgency.get("network"), shownByAgency.get("network"));
    for (String figure : figures) {
      attack.line("network " + figure, states.stream().map(s -> s + " " + figure).toList());
      agenciesByState.forEach(
          (state, agencies) ->
              attack.line(
                  state + " " + figure, agencies.stream().map(a -> a + " " + figure).toList()));
    }

    attack.assertNothingSmallWorkedOut();
  }

  /**
   * One group's counts as the reader knows their sums: by state and by urgency both its referrals
   * (shown nowhere), the answered ones its accepted, declined and closed ones.
   */
  private static void group(TotalsAttack attack, String group, JsonNode truth, JsonNode shown) {
    long referrals = 0;
    for (String state : names(ReferralState.values())) {
      cell(attack, group, "referralsByState/" + state, truth, shown);
      referrals += truth.at("/referralsByState/" + state).asLong();
    }
    for (String urgency : names(Urgency.values())) {
      cell(attack, group, "referralsByUrgency/" + urgency, truth, shown);
    }
    for (String count : COUNTS) {
      cell(attack, group, count, truth, shown);
    }
    attack.unseen(group + " referrals", referrals);
    attack.line(
        group + " referrals",
        names(ReferralState.values()).stream().map(s -> group + " referralsByState/" + s).toList());
    attack.line(
        group + " referrals",
        names(Urgency.values()).stream().map(u -> group + " referralsByUrgency/" + u).toList());
    attack.line(
        group + " referralsAnswered",
        List.of(
            group + " referralsByState/ACCEPTED",
            group + " referralsByState/DECLINED",
            group + " referralsByState/CLOSED"));
  }

  private static void cell(
      TotalsAttack attack, String group, String figure, JsonNode truth, JsonNode shown) {
    // A withheld count is null, or left out of its map.
    JsonNode value = shown.at("/" + figure);
    boolean withheld = value.isNull() || value.isMissingNode();
    String text = shown.at("/" + figure.replaceFirst("(/|$)", "Shown$1")).asText();
    assertThat(withheld).as("%s %s is %s", group, figure, text).isEqualTo(!isDigits(text));
    attack.cell(group + " " + figure, truth.at("/" + figure).asLong(), withheld);
  }

  private static boolean isDigits(String text) {
    return text.matches("[0-9]+");
  }

  private static List<String> figures() {
    List<String> figures = new ArrayList<>(List.of("referrals"));
    names(ReferralState.values()).forEach(s -> figures.add("referralsByState/" + s));
    names(Urgency.values()).forEach(u -> figures.add("referralsByUrgency/" + u));
    figures.addAll(COUNTS);
    return figures;
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }

  /** {@code count} referrals from SEGOB to {@code receiver}, accepted {@code after} if not null. */
  private static void referrals(
      NetworkEventLog log, AgencyId receiver, int count, Urgency urgency, Duration after) {
    for (int i = 0; i < count; i++) {
      ReferralIssuedEvent issue =
          issued(new ReferralId(UUID.randomUUID()), SEGOB, receiver, urgency);
      log.append(issue, byStaffOf(SEGOB), ISSUED);
      if (after != null) {
        log.append(
            new ReferralAcceptedEvent(issue.referralId()), byStaffOf(receiver), ISSUED.plus(after));
      }
    }
  }

  private JsonNode read(String query, String token) {
    return overview(query, token).body();
  }

  private static JsonNode group(JsonNode answer, String agencyId) {
    for (JsonNode group : answer.get("groups")) {
      if (group.get("agencyId").asText().equals(agencyId)) {
        return group.get("figures");
      }
    }
    throw new AssertionError("no group " + agencyId);
  }
}
