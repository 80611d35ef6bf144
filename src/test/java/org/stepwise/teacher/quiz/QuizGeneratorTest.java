package org.stepwise.teacher.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.math.MathEngine;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;

class QuizGeneratorTest {

  static final Course COURSE = ContentLoader.loadBundled();
  static final MathEngine ENGINE = MathEngine.standard();
  final QuizGenerator generator = new QuizGenerator(COURSE, ENGINE);

  static QuizSpec spec(int count, Difficulty d, String... skills) {
    return new QuizSpec("quiz-42", "Linear equations check", List.of(skills), count, d);
  }

  @Test
  void sameStudentSamePaperAndStudentsGetDifferentPapers() {
    QuizSpec spec = spec(6, Difficulty.MIXED, "one-step-add", "one-step-mul", "two-step");
    QuizVariant a = generator.forStudent(spec, "student-1", "");
    assertThat(generator.forStudent(spec, "student-1", "")).isEqualTo(a);
    Set<List<String>> papers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (int s = 0; s < 30; s++) {
      QuizVariant v = generator.forStudent(spec, "student-" + s, "");
      papers.add(v.items().stream().map(QuizItem::statement).toList());
      codes.add(v.code());
    }
    assertThat(papers).hasSize(30);
    assertThat(codes).hasSize(30);
  }

  @Test
  void skillsTakeTurnsAndDifficultyIsRespected() {
    QuizVariant v = generator.forStudent(spec(6, Difficulty.HARD, "one-step-add", "two-step"), "s", "");
    assertThat(v.items()).extracting(QuizItem::skillId)
        .containsExactly("one-step-add", "two-step", "one-step-add", "two-step", "one-step-add", "two-step");
    assertThat(v.items()).allSatisfy(i -> assertThat(COURSE.template(i.templateId()).orElseThrow().difficulty())
        .isEqualTo(3));
    assertThat(v.items()).extracting(QuizItem::number).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void answerKeyIsTheEnginesAnswerAndAgreesWithTheAuthor() {
    // every skill of the course, so the key is checked on every kind of statement
    for (String skill : COURSE.skills().ids()) {
      QuizVariant v = generator.forStudent(spec(3, Difficulty.MIXED, skill), "student-" + skill, "");
      for (QuizItem item : v.items()) {
        Kind kind = Kind.valueOf(item.kind().toUpperCase(Locale.ROOT));
        Item source = new ItemGenerator().generate(COURSE.template(item.templateId()).orElseThrow(), item.seed());
        assertThat(source.statement()).isEqualTo(item.statement());
        if (source.authorAnswer().isPresent()) {
          assertThat(ENGINE.check(CheckRequest.of(kind, item.answer(), source.authorAnswer().get())).equivalent())
              .as("%s: key %s vs author %s", item.statement(), item.answer(), source.authorAnswer().get())
              .isTrue();
        }
        // a typical wrong answer must not be accepted by the key
        for (Item.WrongAnswer wrong : source.wrongAnswers()) {
          assertThat(ENGINE.check(CheckRequest.of(kind, item.answer(), wrong.answer())).equivalent())
              .as("%s: wrong answer %s", item.statement(), wrong.answer()).isFalse();
        }
      }
    }
  }

  @Test
  void badSpecsAreRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> spec(0, Difficulty.EASY, "two-step")).hasMessageContaining("count");
    assertThatThrownBy(() -> spec(QuizSpec.MAX_ITEMS + 1, Difficulty.EASY, "two-step")).hasMessageContaining("count");
    assertThatThrownBy(() -> spec(3, Difficulty.EASY)).hasMessageContaining("skills");
    assertThatThrownBy(() -> generator.forStudent(spec(3, Difficulty.EASY, "no-such-skill"), "s", ""))
        .hasMessageContaining("no-such-skill");
    assertThatThrownBy(() -> generator.forStudent(spec(3, Difficulty.EASY, "two-step"), " ", ""))
        .hasMessageContaining("student");
  }
}
