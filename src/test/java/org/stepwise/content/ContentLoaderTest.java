package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a course from a directory: a valid one loads, and every kind of bad content gets a located error. */
class ContentLoaderTest {

  @TempDir
  Path dir;

  static final String SKILLS = """
      skills:
        - id: two-step
          name: Two-step equations
          strand: equations
          grade: 7
          standards: [7.EE.B.4a]
          prerequisites: [one-step]
          description: Solve px + q = r.
        - id: one-step
          name: One-step equations
          strand: equations
          grade: 6
          standards: [6.EE.B.7]
          prerequisites: []
          description: Solve x + p = q.
      """;

  static final String TEMPLATE = """
      templates:
        - id: two-step-basic
          skill: two-step
          difficulty: 1
          params: {a: "2..9", x: "-10..10", b: "1..20", c: "= a*x + b"}
          where: ["x != 0"]
          statement: "Solve {a}x {b:+} = {c} for x"
          answer: {kind: equation, is: "x = {x}"}
          hints:
            - "Undo the {b:+} first."
            - "What is {c} - {b}?"
          steps:
            - "Subtract {b}: {a}x = {c-b}."
            - "Divide by {a}: x = {x}."
          example: {a: 3, x: 5, b: 4}
          wrong:
            "x = {(c+b)/a}": sign_error_moving_term
      """;

  Course load(String skills, String templates) throws IOException {
    Files.writeString(dir.resolve("course.yaml"), "skills: [skills.yaml]\ntemplates: [t.yaml]\n");
    Files.writeString(dir.resolve("skills.yaml"), skills);
    Files.writeString(dir.resolve("t.yaml"), templates);
    return ContentLoader.fromDirectory(dir).load();
  }

  @Test
  void aValidCourseLoads() throws IOException {
    Course c = load(SKILLS, TEMPLATE);
    assertThat(c.skills().topologicalOrder()).containsExactly("one-step", "two-step");
    ItemTemplate t = c.template("two-step-basic").orElseThrow();
    assertThat(t.kind()).isEqualTo(AnswerKind.EQUATION);
    assertThat(t.params()).containsKeys("a", "x", "b", "c");
    assertThat(t.params().get("c")).isInstanceOf(ParamSpec.Derived.class);
    assertThat(c.templatesOf("two-step")).hasSize(1);
  }

  @Test
  void errorsNameFileTemplateAndField() throws IOException {
    String bad = TEMPLATE
        .replace("difficulty: 1", "difficulty: 4")
        .replace("statement: \"Solve {a}x", "statement: \"Solve {q}x")
        .replace("kind: equation", "kind: poem")
        .replace("    wrong:", "    colour: blue\n    wrong:");
    assertThatThrownBy(() -> load(SKILLS, bad))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).contains(
            "t.yaml: template two-step-basic: difficulty: must be an integer from 1 to 3, got '4'",
            "t.yaml: template two-step-basic: statement: uses 'q', which is not a parameter defined before it",
            "t.yaml: template two-step-basic: answer.kind: 'poem' is not one of [numeric, expression, equation,"
                + " inequality, solution_set]",
            "t.yaml: template two-step-basic: colour: unknown field"));
  }

  @Test
  void badParametersAndExamplesAreReported() throws IOException {
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("\"2..9\"", "\"9..2\"")))
        .hasMessageContaining("template two-step-basic: params.a: range 9..2 must have lo <= hi");
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("\"2..9\"", "\"lots\"")))
        .hasMessageContaining("params.a: expected lo..hi, a list of numbers");
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("{a: 3, x: 5, b: 4}", "{a: 30, x: 5, b: 4}")))
        .hasMessageContaining("example.a: 30 is outside the parameter's values");
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("{a: 3, x: 5, b: 4}", "{a: 3, x: 0, b: 4}")))
        .hasMessageContaining("example: {a=3, x=0, b=4, c=4} breaks constraint 'x != 0'");
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("{a: 3, x: 5, b: 4}", "{a: 3, b: 4}")))
        .hasMessageContaining("example: missing a value for 'x'");
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("\"= a*x + b\"", "\"= a*y + b\"")))
        .hasMessageContaining("params.c: uses 'y'");
  }

  @Test
  void constraintsThatCannotBeMetFailLoadingClearly() throws IOException {
    String impossible = TEMPLATE.replace("where: [\"x != 0\"]", "where: [\"x != 0\", \"a > 100\"]")
        .replace("example: {a: 3, x: 5, b: 4}", "example: {a: 3, x: 5, b: 4}");
    assertThatThrownBy(() -> load(SKILLS, impossible))
        .hasMessageContaining("example: {a=3, x=5, b=4, c=19} breaks constraint 'a > 100'");
    // Satisfiable by the example only: every draw is rejected, within a bounded number of draws.
    String onlyExample = TEMPLATE.replace("where: [\"x != 0\"]", "where: [\"x == 5 && a == 3 && b == 4\"]");
    assertThatThrownBy(() -> load(SKILLS, onlyExample))
        .hasMessageContaining("template two-step-basic: params/where: no acceptable parameters in "
            + ItemGenerator.MAX_ATTEMPTS + " draws");
  }

  @Test
  void skillsAreValidated() throws IOException {
    assertThatThrownBy(() -> load(SKILLS.replace("7.EE.B.4a", "seventh grade"), TEMPLATE))
        .hasMessageContaining("skill two-step: standards: 'seventh grade' is not a Common Core id");
    assertThatThrownBy(() -> load(SKILLS.replace("prerequisites: []", "prerequisites: [two-step]"), TEMPLATE))
        .hasMessageContaining("prerequisites form a cycle");
    assertThatThrownBy(() -> load(SKILLS.replace("id: one-step", "id: One Step"), TEMPLATE))
        .hasMessageContaining("must be kebab-case");
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE.replace("skill: two-step", "skill: three-step")))
        .hasMessageContaining("skill: unknown skill 'three-step'");
  }

  @Test
  void misconceptionLabelsMustExistInTheSharedLibraryWhenPresent() throws IOException {
    Files.writeString(dir.resolve("misconceptions.yaml"), """
        misconceptions:
          - label: inverse_operation_wrong
            name: x
        """);
    assertThatThrownBy(() -> load(SKILLS, TEMPLATE))
        .hasMessageContaining("wrong: label 'sign_error_moving_term' is not in misconceptions.yaml");
  }

  @Test
  void yamlLimitsHold() throws IOException {
    String big = TEMPLATE + "# " + "x".repeat(ContentLoader.MAX_FILE_BYTES) + "\n";
    assertThatThrownBy(() -> load(SKILLS, big)).hasMessageContaining("t.yaml: file larger than");
    String duplicate = TEMPLATE.replace("    difficulty: 1", "    difficulty: 1\n    difficulty: 2");
    assertThatThrownBy(() -> load(SKILLS, duplicate)).hasMessageContaining("t.yaml: cannot read YAML");
    StringBuilder bomb = new StringBuilder("a: &a [x, x]\n");
    for (int i = 0; i < 20; i++) {
      bomb.append("b").append(i).append(": &b").append(i).append(" [*a, *a]\n");
    }
    // Aliases are not expanded into a billion nodes: the file is refused (too many aliases, or not a
    // template list) without exhausting memory.
    assertThatThrownBy(() -> load(SKILLS, bomb.toString())).isInstanceOf(ContentException.class)
        .hasMessageStartingWith("t.yaml: ");
    assertThatThrownBy(() -> load(SKILLS, "templates:\n" + "  - ".repeat(1) + "[".repeat(50) + "]".repeat(50)))
        .hasMessageContaining("t.yaml: cannot read YAML");
  }

  @Test
  void filesOutsideTheContentDirectoryAreNotRead() throws IOException {
    Files.writeString(dir.resolve("course.yaml"), "skills: [../secret.yaml]\ntemplates: [t.yaml]\n");
    assertThatThrownBy(() -> ContentLoader.fromDirectory(dir).load())
        .hasMessageContaining("path escapes the content directory");
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    Files.writeString(dir.resolve("course.yaml"), "skills: [skills.yaml]\ntemplates: [nope.yaml]\n");
    Files.writeString(dir.resolve("skills.yaml"), SKILLS);
    assertThatThrownBy(() -> ContentLoader.fromDirectory(dir).load()).hasMessage("nope.yaml: file not found");
  }
}
