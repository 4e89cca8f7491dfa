package mx.bitacora.web.overview;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The overview as query-service answered it, ready for the page: its grouping, each group with its
 * name and figures, and the network's figures. Referral counts keep the service's wording ({@code
 * ...Shown}: a number, "<5", or "withheld"); times to answer are in hours.
 */
record OverviewFigures(String groupBy, List<Group> groups, Figures network) {

  static OverviewFigures of(JsonNode overview) {
    List<Group> groups = new ArrayList<>();
    for (JsonNode group : overview.path("groups")) {
      groups.add(
          new Group(
              text(group, "agencyId"),
              text(group, "agencyName"),
              text(group, "acronym"),
              text(group, "state"),
              Figures.of(group.path("figures"))));
    }
    return new OverviewFigures(
        overview.path("groupBy").asText(), groups, Figures.of(overview.path("network")));
  }

  /**
   * One group: an agency (its id, name and acronym, and state) or a state (only {@code state}, null
   * for agencies that name none).
   */
  record Group(String agencyId, String agencyName, String acronym, String state, Figures figures) {

    /** How the page names it: the agency's acronym or name or id, or the state (null: none). */
    public String label() {
      if (agencyId != null) {
        return acronym != null ? acronym : agencyName != null ? agencyName : agencyId;
      }
      return state;
    }
  }

  /** A count as the service shows it: a number, or "<5", or "withheld". */
  record Count(String shown) {

    /** The number, when the service gave one. */
    public Long number() {
      return shown != null && shown.matches("\\d{1,18}") ? Long.valueOf(shown) : null;
    }

    public boolean withheld() {
      return "withheld".equals(shown);
    }
  }

  /** One figure of a breakdown (a referral state, an urgency, an audience) and its count. */
  record Part(String code, Count count) {}

  /** The figures of one group or of the network. */
  record Figures(
      List<Part> referralsByState,
      List<Part> referralsByUrgency,
      Count referralsAnswered,
      BigDecimal medianHoursToAnswer,
      BigDecimal p90HoursToAnswer,
      Count escalatedReferrals,
      Count referralsToFullShelters,
      long deliveriesAcknowledged,
      long deliveriesPending,
      List<Part> trainingCompletionsByAudience,
      long trainingCompletionsGiven,
      long trainingCompletionsReceived) {

    static Figures of(JsonNode figures) {
      List<Part> audiences = new ArrayList<>();
      figures
          .path("trainingCompletionsByAudience")
          .properties()
          .forEach(
              audience ->
                  audiences.add(
                      new Part(audience.getKey(), new Count(audience.getValue().asText()))));
      return new Figures(
          parts(figures.path("referralsByStateShown")),
          parts(figures.path("referralsByUrgencyShown")),
          new Count(text(figures, "referralsAnsweredShown")),
          hours(figures.path("medianTimeToAnswer")),
          hours(figures.path("p90TimeToAnswer")),
          new Count(text(figures, "escalatedReferralsShown")),
          new Count(text(figures, "referralsToFullSheltersShown")),
          figures.path("deliveriesAcknowledged").asLong(),
          figures.path("deliveriesPending").asLong(),
          audiences,
          figures.path("trainingCompletionsGiven").asLong(),
          figures.path("trainingCompletionsReceived").asLong());
    }

    /** Whether a chart can draw the referrals by state: each count a plain number. */
    public boolean referralsByStateChartable() {
      return !referralsByState.isEmpty()
          && referralsByState.stream().allMatch(part -> part.count().number() != null);
    }

    private static List<Part> parts(JsonNode shown) {
      List<Part> parts = new ArrayList<>();
      shown
          .properties()
          .forEach(part -> parts.add(new Part(part.getKey(), new Count(part.getValue().asText()))));
      return parts;
    }

    /** A duration as the service writes it (seconds, or ISO-8601), in hours; null when none. */
    private static BigDecimal hours(JsonNode duration) {
      if (duration.isMissingNode() || duration.isNull()) {
        return null;
      }
      BigDecimal seconds =
          duration.isNumber()
              ? duration.decimalValue()
              : BigDecimal.valueOf(Duration.parse(duration.asText()).toSeconds());
      return seconds.divide(BigDecimal.valueOf(3600), 1, java.math.RoundingMode.HALF_UP);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
