package mx.bitacora.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.bitacora.testsupport.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The alert rules (docker/prometheus/alerts.yml) and the Grafana dashboard
 * (docker/grafana/dashboards) load-checked without Prometheus or Grafana: parsed, each query's
 * metric names read out of its PromQL and found among the names the services export (the lists in
 * {@value PrometheusScrape#EXPORTED_NAMES_DIRECTORY}, which each service's metrics test keeps true
 * against a real scrape), the operator's four alerts present, every panel on the provisioned data
 * source.
 */
class ObservabilityFilesTest {

  /** The uid the dashboard names its data source by; ComposeFileTest checks it is provisioned. */
  static final String DATASOURCE_UID = "bitacora-prometheus";

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path ALERTS = ROOT.resolve("docker/prometheus/alerts.yml");
  private static final Path DASHBOARD = ROOT.resolve("docker/grafana/dashboards/bitacora.json");

  /** Series Prometheus makes itself for each target, not scraped from it. */
  private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

  private static final Set<String> PROMQL_WORDS =
      Set.of(
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "by",
          "without",
          "on",
          "ignoring",
          "group_left",
          "group_right",
          "inf",
          "nan");
  private static final Pattern IDENTIFIER = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

  @Test
  void everyMetricTheAlertRulesName_isOneTheServicesExport() {
    Map<String, String> rules = alertRules();
    assertThat(rules).isNotEmpty();
    rules.forEach(
        (alert, expr) ->
            assertThat(exported()).as("alert %s: %s", alert, expr).containsAll(metricNames(expr)));
  }

  @Test
  void theAlertsAnOperatorNeeds_areThere_eachWithASeverityAndASummary() throws IOException {
    Map<String, String> rules = alertRules();
    assertThat(rules.get("ProcessorBehind")).contains("bitacora_processor_lag_seconds");
    assertThat(rules.get("DeadLettersPending")).contains("bitacora_dead_letters_pending");
    assertThat(rules.get("NoCheckpointFor5Minutes"))
        .contains("bitacora_sealer_checkpoint_age_seconds")
        .contains("300");
    assertThat(rules.get("VerificationFailing")).contains("bitacora_integrity_verification_intact");
    for (Map<String, Object> rule : ruleMaps()) {
      assertThat(String.valueOf(rule.get("labels")))
          .as("%s", rule.get("alert"))
          .contains("severity");
      assertThat(String.valueOf(rule.get("annotations")))
          .as("%s", rule.get("alert"))
          .contains("summary");
    }
  }

  @Test
  void everyPanelOfTheDashboard_queriesTheProvisionedPrometheus_forExportedMetrics()
      throws IOException {
    JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
    List<String> queries = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      if ("row".equals(panel.path("type").asText())) {
        continue;
      }
      assertThat(panel.path("datasource").path("uid").asText())
          .as("panel %s", panel.path("title").asText())
          .isEqualTo(DATASOURCE_UID);
      assertThat(panel.path("targets")).as("panel %s", panel.path("title").asText()).isNotEmpty();
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        assertThat(exported())
            .as("panel %s: %s", panel.path("title").asText(), expr)
            .containsAll(metricNames(expr));
        queries.add(expr);
      }
    }
    // Lag, throughput, errors, dead letters, sealing, checkpoint age, the JVM.
    assertThat(String.join("\n", queries))
        .contains(
            "bitacora_processor_lag_positions",
            "bitacora_processor_lag_seconds",
            "eventProcessor_processedCounter_total",
            "bitacora_commands_total",
            "bitacora_requests_refused_total",
            "bitacora_dead_letters_pending",
            "bitacora_sealer_head_position",
            "bitacora_sealer_checkpoint_age_seconds",
            "jvm_memory_used_bytes");
  }

  @Test
  void theNameReader_findsMetricsButNotFunctionsLabelsRangesOrKeywords() {
    assertThat(
            metricNames(
                "max by (processing_group) (rate(a_total{code=\"X\", job=~\"q.*\"}[5m]))"
                    + " > 60 and on() (b - c) > 0 or absent(d) unless up == bool 0"))
        .containsExactlyInAnyOrder("a_total", "b", "c", "d", "up");
  }

  /** The metric names a PromQL expression reads. */
  static Set<String> metricNames(String expr) {
    String bare =
        expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ") // strings
            .replaceAll("\\{[^}]*}", " ") // label matchers
            .replaceAll("\\[[^\\]]*\\]", " ") // ranges
            .replaceAll("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
    Set<String> names = new TreeSet<>();
    Matcher identifier = IDENTIFIER.matcher(bare);
    while (identifier.find()) {
      boolean function = identifier.group(2) != null;
      if (!function && !PROMQL_WORDS.contains(identifier.group(1).toLowerCase())) {
        names.add(identifier.group(1));
      }
    }
    return names;
  }

  private static Set<String> exported() {
    Set<String> names = new TreeSet<>(MADE_BY_PROMETHEUS);
    for (String service : List.of("command-service", "query-service")) {
      names.addAll(
          PrometheusScrape.listedNames(
              ROOT.resolve(PrometheusScrape.EXPORTED_NAMES_DIRECTORY).resolve(service + ".txt")));
    }
    return names;
  }

  /** Each alert's expression, by its name. */
  private static Map<String, String> alertRules() {
    Map<String, String> rules = new LinkedHashMap<>();
    try {
      ruleMaps()
          .forEach(
              rule ->
                  rules.put(String.valueOf(rule.get("alert")), String.valueOf(rule.get("expr"))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return rules;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> ruleMaps() throws IOException {
    Map<String, Object> file =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(ALERTS));
    List<Map<String, Object>> rules = new ArrayList<>();
    for (Object group : (List<Object>) file.get("groups")) {
      rules.addAll((List<Map<String, Object>>) ((Map<String, Object>) group).get("rules"));
    }
    return rules;
  }
}
