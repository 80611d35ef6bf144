package org.stepwise.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md: the core capabilities never reach for storage, the web, the command line or a language model. */
class LayeringTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.stepwise");

  @Test
  void corePackagesImportNoOuterLayer() {
    noClasses().that().resideInAnyPackage(
            "org.stepwise.math..", "org.stepwise.work..", "org.stepwise.content..", "org.stepwise.mastery..",
            "org.stepwise.tutor..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.stepwise.store..", "org.stepwise.web..", "org.stepwise.cli..", "org.stepwise.llm..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void theMathEngineIsPure() {
    noClasses().that().resideInAPackage("org.stepwise.math..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.stepwise.work..", "org.stepwise.content..", "org.stepwise.mastery..", "org.stepwise.tutor..",
            "java.sql..", "java.net..", "java.nio.file..")
        .check(CLASSES);
  }
}
