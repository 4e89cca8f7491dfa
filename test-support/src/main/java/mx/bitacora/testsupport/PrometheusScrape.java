package mx.bitacora.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One answer of {@code /actuator/prometheus} (Prometheus's text format), read into samples: a
 * metric's value by its name and some of its labels, and the names of every sample it holds.
 */
public final class PrometheusScrape {

  private static final Pattern SAMPLE =
      Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /**
   * Where the lists of the names each service exports are kept (one per service, one name a line),
   * from the repository root; the services' metrics tests keep them true, the deployment tests
   * check the alert rules and the dashboard against them.
   */
  public static final String EXPORTED_NAMES_DIRECTORY = "docker/prometheus/exported";

  private final List<Sample> samples;

  /** One sample: its name, its labels and its value. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private PrometheusScrape(List<Sample> samples) {
    this.samples = samples;
  }

  /** Reads the text Prometheus would scrape. */
  public static PrometheusScrape of(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line.strip());
      if (!sample.matches()) {
        throw new IllegalArgumentException("not a Prometheus sample: " + line);
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
    }
    return new PrometheusScrape(samples);
  }

  /** Scrapes {@code baseUrl}'s {@code /actuator/prometheus} without a token, as Prometheus does. */
  public static PrometheusScrape scrape(String baseUrl) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200
          || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain")) {
        throw new IllegalStateException(
            "scraping " + baseUrl + " answered " + response.statusCode() + ": " + response.body());
      }
      return of(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted scraping " + baseUrl, e);
    }
  }

  /** The names of every sample, sorted. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(sample -> names.add(sample.name()));
    return names;
  }

  /** Every sample named {@code name} whose labels include {@code labels}. */
  public List<Sample> samples(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(sample -> sample.name().equals(name))
        .filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
        .toList();
  }

  /** The sum of the samples named {@code name} with {@code labels}; 0 when there is none. */
  public double sum(String name, Map<String, String> labels) {
    return samples(name, labels).stream().mapToDouble(Sample::value).sum();
  }

  /** Whether a sample named {@code name} with {@code labels} exists. */
  public boolean has(String name, Map<String, String> labels) {
    return !samples(name, labels).isEmpty();
  }

  /** The names {@code list} names that this scrape does not hold. */
  public Set<String> lacking(Set<String> list) {
    Set<String> lacking = new TreeSet<>(list);
    lacking.removeAll(names());
    return lacking;
  }

  /** The platform's own names ({@code bitacora_}) this scrape holds that {@code list} lacks. */
  public Set<String> platformNamesMissingFrom(Set<String> list) {
    Set<String> missing = new TreeSet<>(names());
    missing.removeIf(name -> !name.startsWith("bitacora_") || list.contains(name));
    return missing;
  }

  /** The names listed in {@code file} (one a line; blank lines and # comments skipped). */
  public static Set<String> listedNames(Path file) {
    try {
      Set<String> names = new TreeSet<>();
      for (String line : Files.readAllLines(file)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
