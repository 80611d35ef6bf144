package org.stepwise.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.work.rules.RuleRegistry;

/** The misconception library: complete texts, a rule for each entry, and at least two detected solutions each. */
class MisconceptionLibraryTest {

  private static final MisconceptionLibrary LIBRARY = MisconceptionLibrary.bundled();
  private static final WorkChecker CHECKER = WorkChecker.create();

  @Test
  void hasAtLeast25MisconceptionsEachWithARegisteredRule() {
    assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(25);
    RuleRegistry rules = RuleRegistry.standard();
    for (Misconception m : LIBRARY.all()) {
      assertThat(rules.byId(m.rule())).as(m.label()).isPresent();
    }
    assertThat(LIBRARY.all().stream().map(Misconception::rule).distinct().count())
        .as("one rule per misconception").isEqualTo(LIBRARY.all().size());
  }

  static Stream<Misconception> misconceptions() {
    return MisconceptionLibrary.bundled().all().stream();
  }

  @ParameterizedTest
  @MethodSource("misconceptions")
  void hasAQuestionAboutTheLineAndPartAndATeacherExplanation(Misconception m) {
    String q = m.question(2, "3(x+2)");
    assertThat(q).startsWith("Look at line 2").contains("3(x+2)").endsWith("?");
    assertThat(m.teacherExplanation()).hasSizeGreaterThan(60);
    assertThat(m.name()).isNotBlank();
    assertThat(m.description()).isNotBlank();
  }

  /** Two tests or more per misconception: every labelled solution in both corpora is diagnosed with its label. */
  @ParameterizedTest
  @MethodSource("misconceptions")
  void isDetectedOnAtLeastTwoSolutions(Misconception m) {
    List<Corpus> withLabel = new ArrayList<>();
    for (String resource : List.of(Corpus.SOLUTIONS, Corpus.HELD_OUT)) {
      Corpus.read(resource).stream().filter(c -> m.label().equals(c.misconception())).forEach(withLabel::add);
    }
    assertThat(withLabel).as(m.label()).hasSizeGreaterThanOrEqualTo(2);
    for (Corpus c : withLabel) {
      StepsVerdict v = CHECKER.check(c.problem(), c.steps());
      assertThat(v.firstErrorStep()).as(c.toString()).isEqualTo(c.firstErrorStep());
      assertThat(v.misconception()).as(c.toString()).isEqualTo(m.label());
      assertThat(v.feedback()).as(c.toString()).startsWith("Look at line " + (c.firstErrorStep() + 1));
    }
  }

  @Test
  void rejectsALibraryWithADuplicateLabel() {
    String entry = """
          - label: a_b
            name: n
            description: d
            rule: r
            student_question: "Look at line {line}: {part}?"
            teacher_explanation: e
        """;
    assertThatThrownBy(() -> read("misconceptions:\n" + entry + entry))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate label a_b");
  }

  @Test
  void rejectsAnEntryWithoutATeacherExplanationOrALineInTheQuestion() {
    assertThatThrownBy(() -> read("""
        misconceptions:
          - label: a_b
            name: n
            description: d
            rule: r
            student_question: "Look at line {line}: {part}?"
        """)).hasMessageContaining("teacher_explanation");
    assertThatThrownBy(() -> read("""
        misconceptions:
          - label: a_b
            name: n
            description: d
            rule: r
            student_question: "What about {part}?"
            teacher_explanation: e
        """)).hasMessageContaining("{line}");
  }

  private static MisconceptionLibrary read(String yaml) throws Exception {
    return MisconceptionLibrary.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }
}
