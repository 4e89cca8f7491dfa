package mx.bitacora.system.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every test class a doc names in backticks ({@code `DeliveryApiTest`}) exists, and every member it
 * names on a class of the project ({@code `DeliveryApiTest.plan_answers201…`}, {@code
 * `ProblemCatalog.INVALID_FIELDS`}) is in that class's source: a doc that cites a test proves
 * nothing once the test is gone. Other class names may be the libraries' and are not checked.
 */
class DocReferencesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern REFERENCE =
      Pattern.compile("`([A-Z][A-Za-z0-9]+)(?:\\.([a-z_A-Z][A-Za-z0-9_]*))?(?:\\(\\))?`");
  private static final Pattern TEST_CLASS = Pattern.compile(".*(Test|Tests|IT)$");

  /** Each source file's text by its class name (files of the same name joined). */
  private static Map<String, String> sources;

  @BeforeAll
  static void readTheSources() throws IOException {
    sources = new HashMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.toString().contains("/target/"))
          .forEach(
              file ->
                  sources.merge(
                      file.getFileName().toString().replace(".java", ""),
                      read(file),
                      String::concat));
    }
  }

  @Test
  void theCheckReadsTheDocsAndTheSources() throws IOException {
    assertThat(sources).containsKeys("DocReferencesTest", "DeliveryApiTest");
    assertThat(docs()).hasSizeGreaterThan(5);
    assertThat(problems("`NoSuchThingTest` and `DeliveryApiTest.noSuchMethod`", "example"))
        .hasSize(2);
  }

  @Test
  void everyTestAndMemberTheDocsName_exists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path doc : docs()) {
      List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        missing.addAll(problems(lines.get(i), ROOT.relativize(doc) + ":" + (i + 1)));
      }
    }
    assertThat(missing).isEmpty();
  }

  private static List<String> problems(String line, String where) {
    List<String> problems = new ArrayList<>();
    Matcher reference = REFERENCE.matcher(line);
    while (reference.find()) {
      String type = reference.group(1);
      String member = reference.group(2);
      String source = sources.get(type);
      if (source == null) {
        if (TEST_CLASS.matcher(type).matches()) {
          problems.add(where + ": no test class " + type);
        }
      } else if (member != null
          && !Pattern.compile("\\b" + member + "\\b").matcher(source).find()) {
        problems.add(where + ": " + type + " has no " + member);
      }
    }
    return problems;
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
      files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
