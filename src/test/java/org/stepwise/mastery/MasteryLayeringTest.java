package org.stepwise.mastery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** mastery is a core package: pure logic, usable by the app and the CLI but depending on neither. */
class MasteryLayeringTest {

  @Test
  void masteryDependsOnNoOuterLayerNorOnContent() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.stepwise.mastery");

    noClasses().that().resideInAPackage("org.stepwise.mastery..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.stepwise.store..", "org.stepwise.web..", "org.stepwise.cli..", "org.stepwise.llm..",
            "org.stepwise.content..", "java.io..", "java.nio.file..", "java.net..")
        .check(classes);
  }
}
