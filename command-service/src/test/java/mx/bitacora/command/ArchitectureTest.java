package mx.bitacora.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RestController;

/** The layering rules of conventions.md, checked on command-service's own classes. */
@AnalyzeClasses(
    packages = "mx.bitacora.command",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule aggregatesArePackagePrivate =
      classes().that().areAnnotatedWith(Aggregate.class).should().notBePublic();

  @ArchTest
  static final ArchRule commandHandlersArePackagePrivate =
      classes()
          .that()
          .containAnyMethodsThat(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "are command handlers", method -> method.isAnnotatedWith(CommandHandler.class)))
          .should()
          .notBePublic();

  @ArchTest
  static final ArchRule controllersNeverTouchAggregates =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(Aggregate.class);

  @ArchTest
  static final ArchRule commandsAreRecordsInTheirFeaturePackage =
      classes()
          .that()
          .haveSimpleNameEndingWith("Command")
          .should()
          .beRecords()
          .andShould()
          .notBePublic();

  @ArchTest
  static final ArchRule commandSideNeverReadsProjections =
      noClasses().should().dependOnClassesThat().resideInAPackage("mx.bitacora.query..");

  @ArchTest
  static final ArchRule featuresDoNotDependOnEachOther =
      com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
          .matching("mx.bitacora.command.(*)..")
          .should()
          .beFreeOfCycles();
}
