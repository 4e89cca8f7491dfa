package mx.bitacora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person sees is in both languages: each bundle has the same keys in Spanish and
 * English, no key is defined by two bundles (the first would silently win), every bundle is
 * registered in web.yml, and every message key a template names literally exists.
 */
class MessageBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
  private static final Pattern BASENAMES = Pattern.compile("basename: *([^\\n]+)");

  @Test
  void eachBundle_hasTheSameKeysInSpanishAndEnglish() throws IOException {
    for (String bundle : bundles()) {
      assertThat(keys(bundle + "_en.properties"))
          .as("keys of %s_en.properties against %s.properties", bundle, bundle)
          .isEqualTo(keys(bundle + ".properties"));
    }
  }

  @Test
  void noKey_isDefinedByTwoBundles() throws IOException {
    Map<String, String> owner = new HashMap<>();
    List<String> twice = new ArrayList<>();
    for (String bundle : bundles()) {
      for (String key : keys(bundle + ".properties")) {
        String earlier = owner.putIfAbsent(key, bundle);
        if (earlier != null) {
          twice.add(key + " in " + earlier + " and " + bundle);
        }
      }
    }
    assertThat(twice).isEmpty();
  }

  @Test
  void everyBundleFile_isRegistered() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
      List<String> onDisk =
          files
              .map(file -> "i18n/" + file.getFileName().toString())
              .filter(name -> !name.endsWith("_en.properties"))
              .map(name -> name.replace(".properties", ""))
              .toList();
      assertThat(bundles()).containsAll(onDisk);
    }
  }

  @Test
  void everyKeyATemplateNames_exists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String bundle : bundles()) {
      known.addAll(keys(bundle + ".properties"));
    }
    List<String> missing = new ArrayList<>();
    try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
      for (Path template : templates.filter(file -> file.toString().endsWith(".html")).toList()) {
        Matcher key = LITERAL_KEY.matcher(Files.readString(template));
        while (key.find()) {
          if (!known.contains(key.group(1))) {
            missing.add(key.group(1) + " (" + RESOURCES.relativize(template) + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static List<String> bundles() throws IOException {
    Matcher basename = BASENAMES.matcher(Files.readString(RESOURCES.resolve("web.yml")));
    assertThat(basename.find()).as("web.yml names the message bundles").isTrue();
    return List.of(basename.group(1).strip().split(" *, *"));
  }

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
