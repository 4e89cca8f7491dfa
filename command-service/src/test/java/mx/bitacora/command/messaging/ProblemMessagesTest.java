package mx.bitacora.command.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code command-service can answer has a title and detail in Spanish and English, and
 * no code is defined twice (a properties file silently keeps the last definition).
 */
class ProblemMessagesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern KEY =
      Pattern.compile("^(problem\\.[A-Z_]+\\.(?:title|detail))=", Pattern.MULTILINE);
  private static final Pattern THROWN =
      Pattern.compile(
          "RejectedException\\.(?:ruleViolated|forbidden|notFound)\\(\\s*\"([A-Z_]+)\"");

  @Test
  void bothLanguagesDefineTheSameCodes_eachOnce() throws IOException {
    List<String> spanish = keys("command-messages.properties");
    List<String> english = keys("command-messages_en.properties");

    assertThat(spanish).doesNotHaveDuplicates();
    assertThat(english).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(spanish)).isEqualTo(new TreeSet<>(english));
  }

  @Test
  void everyCodeThrownInTheCode_hasATitleAndDetail() throws IOException {
    Set<String> defined = new TreeSet<>(keys("command-messages.properties"));
    Set<String> thrown = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher codes = THROWN.matcher(Files.readString(source));
        while (codes.find()) {
          thrown.add(codes.group(1));
        }
      }
    }

    assertThat(thrown).isNotEmpty();
    for (String code : thrown) {
      assertThat(defined)
          .as(code)
          .contains("problem." + code + ".title", "problem." + code + ".detail");
    }
  }

  /**
   * A problem never echoes submitted values, so no message of either service has a slot for one.
   */
  @Test
  void noProblemMessage_ofEitherService_hasASlotForASubmittedValue() throws IOException {
    List<Path> bundles =
        List.of(
            RESOURCES.resolve("command-messages.properties"),
            RESOURCES.resolve("command-messages_en.properties"),
            Path.of("../query-service/src/main/resources/query-messages.properties"),
            Path.of("../query-service/src/main/resources/query-messages_en.properties"),
            Path.of("../service-platform/src/main/resources/platform-messages.properties"),
            Path.of("../service-platform/src/main/resources/platform-messages_en.properties"));
    // A wait in seconds is computed by the service, not submitted: the only slot allowed.
    Set<String> computedWaits =
        Set.of("VIEW_NOT_CAUGHT_UP", "PAST_NOT_SETTLED", "TIME_TRAVEL_BUSY");
    Pattern problemMessage =
        Pattern.compile("^problem\\.([A-Z_]+)\\.\\w+=(.*)$", Pattern.MULTILINE);
    for (Path bundle : bundles) {
      Matcher messages = problemMessage.matcher(Files.readString(bundle));
      int count = 0;
      while (messages.find()) {
        count++;
        if (!computedWaits.contains(messages.group(1))) {
          assertThat(messages.group(2)).as(bundle + " " + messages.group(1)).doesNotContain("{");
        }
      }
      assertThat(count).as(bundle.toString()).isPositive();
    }
  }

  private static List<String> keys(String bundle) throws IOException {
    List<String> keys = new ArrayList<>();
    Matcher matcher = KEY.matcher(Files.readString(RESOURCES.resolve(bundle)));
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }
}
