package mx.bitacora.testsupport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.bitacora.platform.openapi.Problem;
import mx.bitacora.platform.openapi.Problems;
import mx.bitacora.platform.problem.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * What a service's problem codes must satisfy, checked against the message bundles that service
 * loads ({@code spring.messages.basename} in its configuration) and every {@link ProblemCode} enum
 * on its class path: each code has a Spanish and an English title and detail, no bundle holds
 * messages for a code that no longer exists, no key is defined twice, no message has a slot for a
 * submitted value, and every code an OpenAPI {@link Problem} names exists with that status. A
 * service's test extends it naming its configuration file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProblemMessagesContract {

  private static final Pattern KEY = Pattern.compile("^\\s*(problem\\.[^=:\\s]+)\\s*[=:]");
  private static final Pattern PROBLEM_KEY = Pattern.compile("^problem\\.([A-Z0-9_]+)\\.(\\w+)$");

  private final List<String> basenames;
  private final List<String> packages;
  private final Set<String> codesWithComputedArguments;
  private final Map<String, ProblemCode> codes = new TreeMap<>();
  private final List<Class<?>> documented = new ArrayList<>();

  /**
   * @param serviceConfiguration the service's configuration on the class path, e.g. {@code
   *     command-service.yml}
   * @param application the service's application class: its {@code scanBasePackages} are where its
   *     codes live (a test class path may hold another module's too)
   * @param codesWithComputedArguments codes whose messages may show an argument, because the
   *     service computes it (a wait in seconds), never because it was submitted
   */
  protected ProblemMessagesContract(
      String serviceConfiguration, Class<?> application, Set<String> codesWithComputedArguments) {
    this.basenames = basenames(serviceConfiguration);
    this.packages =
        List.of(application.getAnnotation(SpringBootApplication.class).scanBasePackages());
    this.codesWithComputedArguments = codesWithComputedArguments;
    scanClassPath();
  }

  protected Stream<ProblemCode> codes() {
    return codes.values().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  public void everyCode_hasASpanishAndEnglishTitleAndDetail(ProblemCode code) throws IOException {
    Map<String, String> spanish = messages("");
    Map<String, String> english = messages("_en");
    assertAll(
        Stream.of("title", "detail")
            .flatMap(
                part ->
                    Stream.of(
                        () -> assertNotBlank(spanish, code, part, "Spanish"),
                        () -> assertNotBlank(english, code, part, "English"))));
  }

  @Test
  public void theServiceHasCodes_andLoadsBundles() {
    assertFalse(codes.isEmpty(), "no ProblemCode enum found under " + packages);
    assertFalse(basenames.isEmpty(), "no spring.messages.basename");
  }

  @Test
  public void noBundle_holdsMessagesForACodeThatDoesNotExist() throws IOException {
    Set<String> unknown = new TreeSet<>();
    for (String suffix : List.of("", "_en")) {
      for (String key : messages(suffix).keySet()) {
        Matcher problem = PROBLEM_KEY.matcher(key);
        if (!problem.matches()
            || !codes.containsKey(problem.group(1))
            || !Set.of("title", "detail").contains(problem.group(2))) {
          unknown.add(key);
        }
      }
    }
    assertEquals(Set.of(), unknown, "problem messages for no code of this service");
  }

  /** A properties file silently keeps the last of two definitions. */
  @Test
  public void noBundle_definesAKeyTwice() throws IOException {
    for (String suffix : List.of("", "_en")) {
      for (String basename : basenames) {
        List<String> keys = keysInOrder(basename + suffix + ".properties");
        assertEquals(
            new TreeSet<>(keys).size(), keys.size(), basename + suffix + " repeats a key: " + keys);
      }
    }
  }

  /** A problem never echoes submitted values, so no message has a slot for one. */
  @Test
  public void noMessage_hasASlotForASubmittedValue() throws IOException {
    for (String suffix : List.of("", "_en")) {
      messages(suffix)
          .forEach(
              (key, message) -> {
                Matcher problem = PROBLEM_KEY.matcher(key);
                if (problem.matches() && !codesWithComputedArguments.contains(problem.group(1))) {
                  assertFalse(message.contains("{"), key + suffix + " has a slot: " + message);
                }
              });
    }
  }

  @Test
  public void everyDocumentedProblem_namesACodeOfThatStatus() {
    assertFalse(documented.isEmpty(), "no @Problem found under " + packages);
    for (Class<?> type : documented) {
      List<AnnotatedElement> elements = new ArrayList<>();
      elements.add(type);
      elements.addAll(List.of(type.getDeclaredMethods()));
      for (AnnotatedElement element : elements) {
        for (Problem problem :
            AnnotatedElementUtils.findMergedRepeatableAnnotations(
                element, Problem.class, Problems.class)) {
          for (String name : problem.codes()) {
            ProblemCode code = codes.get(name);
            if (code == null) {
              fail(element + " documents " + name + ", which is no ProblemCode");
            }
            assertEquals(
                code.status().value(),
                problem.status(),
                element + " documents " + name + " with another status than it is answered with");
          }
        }
      }
    }
  }

  private static void assertNotBlank(
      Map<String, String> messages, ProblemCode code, String part, String language) {
    String message = messages.get("problem." + code.name() + "." + part);
    assertTrue(
        message != null && !message.isBlank(),
        code.name() + " has no " + language + " " + part + " in the bundles the service loads");
  }

  /** The {@code problem.*} messages of one language, over every bundle the service loads. */
  private Map<String, String> messages(String suffix) throws IOException {
    Map<String, String> messages = new LinkedHashMap<>();
    for (String basename : basenames) {
      Properties bundle = new Properties();
      try (Reader reader = reader(basename + suffix + ".properties")) {
        bundle.load(reader);
      }
      bundle.stringPropertyNames().stream()
          .filter(key -> key.startsWith("problem."))
          .forEach(key -> messages.putIfAbsent(key, bundle.getProperty(key)));
    }
    return messages;
  }

  private static List<String> keysInOrder(String file) throws IOException {
    List<String> keys = new ArrayList<>();
    try (InputStream stream = stream(file)) {
      String text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        Matcher key = KEY.matcher(line);
        if (key.find()) {
          keys.add(key.group(1));
        }
      }
    }
    return keys;
  }

  private static Reader reader(String file) throws IOException {
    return new InputStreamReader(stream(file), StandardCharsets.UTF_8);
  }

  private static InputStream stream(String file) throws IOException {
    InputStream stream = ProblemMessagesContract.class.getClassLoader().getResourceAsStream(file);
    if (stream == null) {
      throw new IOException(file + " is not on the class path");
    }
    return stream;
  }

  private static List<String> basenames(String serviceConfiguration) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource(serviceConfiguration));
    String basenames = yaml.getObject().getProperty("spring.messages.basename", "");
    return Stream.of(basenames.split(",")).map(String::trim).filter(b -> !b.isEmpty()).toList();
  }

  /** Every ProblemCode enum, and every class that documents a problem, under the root package. */
  private List<Resource> classesOf(PathMatchingResourcePatternResolver resolver)
      throws IOException {
    List<Resource> classes = new ArrayList<>();
    for (String scanned : packages) {
      classes.addAll(
          List.of(
              resolver.getResources("classpath*:" + scanned.replace('.', '/') + "/**/*.class")));
    }
    return classes;
  }

  private void scanClassPath() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
    try {
      for (Resource resource : classesOf(resolver)) {
        MetadataReader reader = readers.getMetadataReader(resource);
        String name = reader.getClassMetadata().getClassName();
        if (List.of(reader.getClassMetadata().getInterfaceNames())
            .contains(ProblemCode.class.getName())) {
          for (Object constant : Class.forName(name).getEnumConstants()) {
            ProblemCode code = (ProblemCode) constant;
            ProblemCode earlier = codes.put(code.name(), code);
            if (earlier != null && earlier.status() != code.status()) {
              fail(code.name() + " is answered with two statuses: in " + name + " and elsewhere");
            }
          }
        }
        var annotations = reader.getAnnotationMetadata();
        if (annotations.hasAnnotation(Problem.class.getName())
            || annotations.hasAnnotation(Problems.class.getName())
            || annotations.hasAnnotatedMethods(Problem.class.getName())
            || annotations.hasAnnotatedMethods(Problems.class.getName())) {
          documented.add(Class.forName(name));
        }
      }
    } catch (IOException | ClassNotFoundException unreadable) {
      throw new IllegalStateException("cannot scan the class path", unreadable);
    }
  }
}
