package mx.bitacora.query;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import mx.bitacora.query.readyourwrites.FedBy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query service's structure: the projection runtime knows neither integrity nor any view,
 * integrity knows no view, no packages depend on each other in a cycle, and read models are written
 * only by projections. Which tables each view may read: {@link TableOwnershipTest}.
 */
@AnalyzeClasses(
    packages = {"mx.bitacora.query", "mx.bitacora.events"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule theQuerySideNeverDependsOnTheCommandSide =
      noClasses()
          .that()
          .resideInAPackage("mx.bitacora.query..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("mx.bitacora.command..");

  @ArchTest
  static final ArchRule controllersDoNotReachIntoEventProcessing =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("mx.bitacora.query.tracking..");

  @ArchTest
  static final ArchRule theRuntimeKnowsNoViewAndIntegrityKnowsNoView =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("mx.bitacora.query..")
          .layer("views")
          .definedBy(QueryModules.VIEWS)
          .layer("integrity")
          .definedBy(QueryModules.INTEGRITY)
          .layer("projection runtime")
          .definedBy(QueryModules.RUNTIME)
          .whereLayer("views")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("integrity")
          .mayOnlyBeAccessedByLayers("views")
          .whereLayer("projection runtime")
          .mayOnlyBeAccessedByLayers("views", "integrity");

  @ArchTest
  static final ArchRule noPackagesDependOnEachOtherInACycle =
      slices().matching("mx.bitacora.query.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule controllersNeverTouchProjectionsOrTheirTables =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(ProcessingGroup.class)
          .orShould()
          .dependOnClassesThat()
          .areAnnotatedWith(Repository.class);

  @ArchTest
  static final ArchRule projectionsArePackagePrivate =
      classes().that().areAnnotatedWith(ProcessingGroup.class).should().notBePublic();

  @ArchTest
  static final ArchRule eventHandlersArePackagePrivate =
      methods().that().areAnnotatedWith(EventHandler.class).should().notBePublic();

  @ArchTest
  static final ArchRule controllersArePackagePrivate =
      classes().that().areAnnotatedWith(RestController.class).should().notBePublic();

  @ArchTest
  static final ArchRule everyProjectionHasAnExplicitProcessingGroup =
      classes()
          .that()
          .containAnyMethodsThat(
              describe("are event handlers", method -> method.isAnnotatedWith(EventHandler.class)))
          .should()
          .beAnnotatedWith(ProcessingGroup.class);

  @ArchTest
  static final ArchRule everyControllerNamesTheProcessorsFeedingItsViews =
      classes().that().areAnnotatedWith(RestController.class).should().beAnnotatedWith(FedBy.class);
}
