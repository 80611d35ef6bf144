package org.stepwise.teacher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The teacher tools are a library the web layer calls: they may use math, content, mastery and work, never the web,
 * the store, the command line, classroom (the web app's accounts) or a model adapter (models come in through the
 * Rewriter and Polisher ports).
 */
class TeacherLayeringTest {

  @Test
  void teacherToolsDependOnNoOuterLayer() {
    noClasses().that().resideInAPackage("org.stepwise.teacher..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.stepwise.web..", "org.stepwise.store..", "org.stepwise.cli..", "org.stepwise.classroom..",
            "org.stepwise.llm..", "java.sql..", "java.net..")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stepwise.teacher"));
  }
}
