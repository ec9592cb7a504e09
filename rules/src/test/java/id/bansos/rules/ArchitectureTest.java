package id.bansos.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;

/**
 * The layering, written once so that it cannot erode: core knows nothing of rules; the engine's
 * API knows no program, shared criterion or report; programs use the engine's public API only;
 * no package depends on another that depends back on it; only the listed packages are exported.
 */
@AnalyzeClasses(packages = "id.bansos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.bansos.(**)").should()
      .beFreeOfCycles();

  @ArchTest
  static final ArchRule coreIsFreeOfRules = noClasses().that().resideInAPackage("id.bansos.core..")
      .should().dependOnClassesThat().resideInAPackage("id.bansos.rules..");

  @ArchTest
  static final ArchRule theEngineKnowsNoProgram = noClasses().that()
      .resideInAnyPackage("id.bansos.rules", "id.bansos.rules.param")
      .should().dependOnClassesThat().resideInAnyPackage("id.bansos.rules.program..",
          "id.bansos.rules.criteria..", "id.bansos.rules.report..");

  @ArchTest
  static final ArchRule programsAreDeclaredNotRun = noClasses().that()
      .resideInAnyPackage("id.bansos.rules.program.*", "id.bansos.rules.criteria")
      .should().dependOnClassesThat().haveFullyQualifiedName(Engine.class.getName())
      .orShould().dependOnClassesThat().haveFullyQualifiedName(Catalog.class.getName());

  @ArchTest
  static final ArchRule sharedCriteriaKnowNoProgram = noClasses().that()
      .resideInAPackage("id.bansos.rules.criteria")
      .should().dependOnClassesThat().resideInAPackage("id.bansos.rules.program..");

  @org.junit.jupiter.api.Test
  void everyPackageOfCoreAndRulesIsNullMarked() throws ClassNotFoundException {
    Set<String> packages = new TreeSet<>();
    new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
        .importPackages("id.bansos.core", "id.bansos.rules")
        .forEach(c -> packages.add(c.getPackageName()));

    assertThat(packages).contains("id.bansos.core", "id.bansos.rules");
    for (String p : packages) {
      assertThat(Class.forName(p + ".package-info").isAnnotationPresent(NullMarked.class))
          .as(p).isTrue();
    }
  }

  @org.junit.jupiter.api.Test
  void onlyTheListedPackagesAreExported() throws IOException {
    Set<String> exported = new TreeSet<>();
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      ModuleDescriptor.read(in).exports().forEach(e -> exported.add(e.source()));
    }

    assertThat(exported).containsExactly("id.bansos.rules", "id.bansos.rules.criteria",
        "id.bansos.rules.param", "id.bansos.rules.program", "id.bansos.rules.program.aspd",
        "id.bansos.rules.program.extremepoverty", "id.bansos.rules.program.jps",
        "id.bansos.rules.program.kube", "id.bansos.rules.program.ldp",
        "id.bansos.rules.program.pilar", "id.bansos.rules.program.pkh", "id.bansos.rules.program.pkhplus",
        "id.bansos.rules.program.upt", "id.bansos.rules.program.wrse",
        "id.bansos.rules.report");
  }
}
