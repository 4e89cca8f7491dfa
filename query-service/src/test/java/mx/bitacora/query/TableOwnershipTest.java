package mx.bitacora.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mx.bitacora.query.readyourwrites.FedBy;
import mx.bitacora.query.tracking.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each read-model table has one owner, the projection that declares it in {@link ProjectionTables},
 * and is written by its package alone. A view names another projection's table in SQL only when it
 * declares that projection's processing group in {@link FedBy} (so a read of its own write waits
 * for it), and no view names the runtime's or integrity's tables. Views name their tables
 * unqualified, so that an "as of" read can answer from replayed copies of them.
 */
class TableOwnershipTest {

  /** The modules whose main code query-service runs, relative to this module. */
  private static final List<Path> SOURCES =
      Stream.of("projection-runtime", "integrity", "query-views", "query-service")
          .map(module -> Path.of("..", module, "src", "main", "java"))
          .toList();

  /** Where the schemas query-service migrates are created. */
  private static final List<Path> MIGRATIONS =
      Stream.of("projection-runtime", "integrity", "query-service")
          .map(module -> Path.of("..", module, "src", "main", "resources", "db", "migration"))
          .toList();

  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(?:\\w+\\.)?(\\w+)");
  private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern LITERALS =
      Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"(?:\\s*\\+\\s*\"((?:\\\\.|[^\"\\\\\\n])*)\")*");
  private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

  private static Set<String> tables;
  private static Map<String, Owner> owners;
  private static Map<String, Set<String>> fedBy;
  private static List<SqlText> sql;

  private record Owner(String packageName, String processingGroup) {}

  private record SqlText(String packageName, String file, String text) {}

  private record Naming(String table, boolean writes, boolean qualified) {}

  @BeforeAll
  static void readTheCode() throws IOException {
    tables = tablesCreatedByMigrations();
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("mx.bitacora.query");
    owners = new HashMap<>();
    fedBy = new HashMap<>();
    for (JavaClass type : classes) {
      type.tryGetAnnotationOfType(ProjectionTables.class)
          .ifPresent(
              declared -> {
                String group = type.getAnnotationOfType(ProcessingGroup.class).value();
                for (String table : declared.value()) {
                  Owner previous = owners.put(table, new Owner(type.getPackageName(), group));
                  assertThat(previous).as("a second owner of table %s", table).isNull();
                }
              });
      Set<String> groups = fedBy.computeIfAbsent(type.getPackageName(), p -> new HashSet<>());
      type.tryGetAnnotationOfType(FedBy.class).ifPresent(f -> groups.addAll(List.of(f.value())));
      type.getMethods().stream()
          .flatMap(method -> method.tryGetAnnotationOfType(FedBy.class).stream())
          .forEach(f -> groups.addAll(List.of(f.value())));
    }
    sql = new ArrayList<>();
    for (Path source : SOURCES) {
      try (Stream<Path> files = Files.walk(source)) {
        files.filter(file -> file.toString().endsWith(".java")).forEach(TableOwnershipTest::read);
      }
    }
  }

  @Test
  void theCheckSeesTheTablesTheirOwnersAndTheirSql() {
    assertThat(tables)
        .contains("shelter_delivery", "referral", "audit_trail", "event_seal", "token_entry");
    assertThat(owners).containsKeys("shelter_delivery", "referral", "audit_trail");
    assertThat(sql).hasSizeGreaterThan(100);
  }

  @Test
  void everyOwnedTableExists() {
    assertThat(tables).containsAll(owners.keySet());
  }

  @Test
  void noPackageWritesATableAnotherProjectionOwns() {
    List<String> violations = new ArrayList<>();
    for (SqlText text : sql) {
      for (Naming naming : namings(text.text())) {
        Owner owner = owners.get(naming.table());
        if (naming.writes() && owner != null && !owner.packageName().equals(text.packageName())) {
          violations.add(text.file() + " writes " + naming.table() + ", owned by " + owner);
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void viewsReadOtherProjectionsTablesOnlyWhenTheyDeclareBeingFedByThem() {
    Set<String> viewPackages = new HashSet<>();
    owners.values().forEach(owner -> viewPackages.add(owner.packageName()));
    Set<String> violations = new TreeSet<>();
    for (SqlText text : sql) {
      if (!viewPackages.contains(text.packageName())) {
        continue;
      }
      Set<String> declared = fedBy.getOrDefault(text.packageName(), Set.of());
      for (Naming naming : namings(text.text())) {
        Owner owner = owners.get(naming.table());
        if (owner == null) {
          violations.add(text.file() + " names " + naming.table() + ", which no view owns");
        } else if (naming.qualified()) {
          violations.add(text.file() + " names " + naming.table() + " with its schema");
        } else if (!owner.packageName().equals(text.packageName())
            && !declared.contains(owner.processingGroup())) {
          violations.add(
              text.file()
                  + " reads "
                  + naming.table()
                  + " without @FedBy(\""
                  + owner.processingGroup()
                  + "\")");
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  /** The tables each SQL statement names after FROM, JOIN, INTO, UPDATE or DELETE FROM. */
  private static List<Naming> namings(String text) {
    List<Naming> found = new ArrayList<>();
    Matcher matcher =
        Pattern.compile(
                "(?i)\\b(from|join|into|update|truncate(?:\\s+table)?)\\s+(?:(\\w+)\\.)?(\\w+)")
            .matcher(text);
    while (matcher.find()) {
      String table = matcher.group(3).toLowerCase();
      if (tables.contains(table)) {
        String verb = matcher.group(1).toLowerCase();
        boolean writes = !verb.equals("join") && !(verb.equals("from") && !deletes(text, matcher));
        found.add(new Naming(table, writes, matcher.group(2) != null));
      }
    }
    return found;
  }

  /** Whether the FROM at the matcher's position is a DELETE's. */
  private static boolean deletes(String text, Matcher matcher) {
    return text.substring(0, matcher.start()).stripTrailing().toLowerCase().endsWith("delete");
  }

  private static void read(Path file) {
    try {
      String source = Files.readString(file);
      String packageName = packageOf(source);
      String name = file.getFileName().toString();
      Matcher blocks = TEXT_BLOCK.matcher(source);
      while (blocks.find()) {
        sql.add(new SqlText(packageName, name, blocks.group(1)));
      }
      Matcher literals = LITERALS.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
      while (literals.find()) {
        StringBuilder joined = new StringBuilder();
        Matcher parts = LITERAL.matcher(literals.group());
        while (parts.find()) {
          joined.append(parts.group(1));
        }
        sql.add(new SqlText(packageName, name, joined.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(String source) {
    Matcher declaration = Pattern.compile("(?m)^package\\s+([\\w.]+);").matcher(source);
    return declaration.find() ? declaration.group(1) : "";
  }

  private static Set<String> tablesCreatedByMigrations() throws IOException {
    Set<String> created = new TreeSet<>();
    for (Path migrations : MIGRATIONS) {
      try (Stream<Path> files = Files.walk(migrations)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
          Matcher matcher = CREATE_TABLE.matcher(Files.readString(file));
          while (matcher.find()) {
            created.add(matcher.group(1).toLowerCase());
          }
        }
      }
    }
    return created;
  }
}
