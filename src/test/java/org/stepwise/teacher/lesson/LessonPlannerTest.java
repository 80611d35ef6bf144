package org.stepwise.teacher.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.ItemTemplate;
import org.stepwise.math.MathEngine;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;
import org.stepwise.teacher.lesson.ClassSnapshot.MasteryDistribution;
import org.stepwise.teacher.text.MisconceptionGuide;

class LessonPlannerTest {

  static final Course COURSE = ContentLoader.loadBundled();
  static final MathEngine ENGINE = MathEngine.standard();
  static final MisconceptionGuide GUIDE = MisconceptionGuide.bundled();

  final LessonPlanner planner = new LessonPlanner(COURSE, ENGINE, GUIDE, Polisher.IDENTITY);

  @Test
  void everyMisconceptionTheContentCanRevealHasTeacherGuidance() {
    Set<String> labels = new TreeSet<>();
    for (ItemTemplate t : COURSE.templates()) {
      t.wrongAnswers().forEach(w -> labels.add(w.misconception()));
    }
    assertThat(GUIDE.labels()).containsAll(labels);
    // and every misconception the work checker can diagnose (it feeds the dashboard's groups)
    org.stepwise.work.MisconceptionLibrary.bundled().all()
        .forEach(m -> assertThat(GUIDE.labels()).as(m.label()).contains(m.label()));
  }

  @Test
  void warmUpTargetsTheClassesMostCommonMisconceptions() {
    ClassSnapshot data = new ClassSnapshot(
        Map.of("sign_error_moving_term", 14, "inverse_operation_wrong", 9, "add_denominators", 1,
            "order_of_operations", 0),
        new MasteryDistribution(3, 12, 8, 5));
    LessonPlan plan = planner.plan("two-step", data, 7);

    assertThat(plan.skillName()).isEqualTo("Two-step equations");
    assertThat(plan.objectives().get(0)).startsWith("Students will be able to ");
    assertThat(plan.objectives()).anySatisfy(o -> assertThat(o).contains(String.join(", ", plan.standards())));
    assertThat(plan.objectives()).anySatisfy(o -> assertThat(o).contains("keeping the sign when moving a term"));
    assertThat(plan.warmUp()).extracting(LessonPlan.WarmUpTask::misconception)
        .containsExactly("sign_error_moving_term", "inverse_operation_wrong", "add_denominators");
    for (LessonPlan.WarmUpTask w : plan.warmUp()) {
      assertThat(w.prompt()).contains(w.statement()).contains(w.wrongAnswer());
      assertThat(ENGINE.check(CheckRequest.of(kindOf(w.statement()), w.answer(), w.wrongAnswer())).equivalent())
          .as("the warm-up's wrong answer is really wrong: %s", w.prompt()).isFalse();
    }
    assertThat(plan.workedExample().steps()).isNotEmpty();
    assertThat(plan.practice()).hasSize(LessonPlanner.PRACTICE_ITEMS);
    assertThat(plan.practice()).extracting(LessonPlan.Problem::difficulty).containsExactly(1, 1, 1, 2, 2, 3);
    assertThat(plan.exitTicket()).extracting(LessonPlan.Problem::difficulty).containsExactly(1, 2, 3);
    // no item twice in one plan
    List<String> statements = new java.util.ArrayList<>();
    plan.warmUp().forEach(w -> statements.add(w.statement()));
    statements.add(plan.workedExample().statement());
    plan.practice().forEach(p -> statements.add(p.statement()));
    plan.exitTicket().forEach(p -> statements.add(p.statement()));
    assertThat(statements).doesNotHaveDuplicates();
    // every answer is the engine's: solving the statement again and checking agrees
    for (LessonPlan.Problem p : plan.practice()) {
      assertThat(p.kind()).isEqualTo(kindOf(p.statement()).name().toLowerCase(Locale.ROOT));
      assertThat(ENGINE.check(CheckRequest.of(kindOf(p.statement()), p.answer(), p.answer())).accept()).isTrue();
    }
    assertThat(plan.teacherNotes()).anySatisfy(n -> assertThat(n).startsWith("14 answers in this class showed"));
    assertThat(plan.teacherNotes()).anySatisfy(n -> assertThat(n).contains("5 of 28 students have mastered"));
  }

  @Test
  void aClassThatIsAlmostThereGetsHarderPracticeAndAClassWithoutDataGetsAReview() {
    LessonPlan strong = planner.plan("two-step",
        new ClassSnapshot(Map.of(), new MasteryDistribution(0, 2, 10, 14)), 1);
    assertThat(strong.practice()).extracting(LessonPlan.Problem::difficulty).containsExactly(2, 2, 3, 3, 3, 3);
    assertThat(strong.warmUp()).allSatisfy(w -> {
      assertThat(w.misconception()).isNull();
      assertThat(w.prompt()).startsWith("Review: ");
    });
    assertThat(strong.warmUp()).isNotEmpty();
    assertThat(strong.teacherNotes()).anySatisfy(n -> assertThat(n).contains("no practice data"));
  }

  @Test
  void aClassWhereManyHaveNotStartedReviewsThePrerequisitesByName() {
    LessonPlan plan = planner.plan("two-step", new ClassSnapshot(Map.of(), new MasteryDistribution(20, 5, 2, 1)), 2);
    String names = COURSE.skills().skill("two-step").orElseThrow().prerequisites().stream()
        .map(id -> "“" + COURSE.skills().skill(id).orElseThrow().name() + "”").reduce((a, b) -> a + " and " + b)
        .orElseThrow();
    assertThat(plan.objectives()).contains("Students who have not started this skill review " + names + " first.");
    assertThat(plan.practice()).extracting(LessonPlan.Problem::difficulty).containsExactly(1, 1, 1, 2, 2, 3);
  }

  @Test
  void theExitTicketPrints() throws Exception {
    LessonPlan plan = planner.plan("frac-add-sub", new ClassSnapshot(Map.of(), new MasteryDistribution(1, 1, 1, 1)), 4);
    byte[] pdf = new org.stepwise.teacher.quiz.QuizPdf().render(List.of(plan.exitTicketPaper("EX0001")));
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(2);
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains("Exit ticket: " + plan.skillName(), "Name:", "1.", "2.", "3.", "Answer key");
    }
  }

  @Test
  void samePlanForSameSeed() {
    ClassSnapshot data = new ClassSnapshot(Map.of("add_denominators", 4), new MasteryDistribution(1, 1, 1, 1));
    assertThat(planner.plan("frac-add-sub", data, 3)).isEqualTo(planner.plan("frac-add-sub", data, 3));
  }

  @Test
  void aPolisherMayRewordProseButNeverTheMaths() {
    Polisher friendly = s -> s.replace("Students will be able to", "By the end of the lesson, everyone can");
    Polisher sneaky = s -> s.replaceAll("\\d+", "99");
    ClassSnapshot data = new ClassSnapshot(Map.of("sign_error_moving_term", 14), new MasteryDistribution(3, 12, 8, 5));
    LessonPlan base = planner.plan("two-step", data, 5);
    LessonPlan polished = new LessonPlanner(COURSE, ENGINE, GUIDE, friendly).plan("two-step", data, 5);
    LessonPlan tampered = new LessonPlanner(COURSE, ENGINE, GUIDE, sneaky).plan("two-step", data, 5);
    assertThat(polished.objectives().get(0)).startsWith("By the end of the lesson, everyone can");
    assertThat(polished.practice()).isEqualTo(base.practice());
    assertThat(tampered.teacherNotes()).isEqualTo(base.teacherNotes());
    assertThat(tampered.objectives()).isEqualTo(base.objectives());
    Polisher broken = s -> {
      throw new IllegalStateException("model down");
    };
    assertThat(new LessonPlanner(COURSE, ENGINE, GUIDE, broken).plan("two-step", data, 5)).isEqualTo(base);
  }

  @Test
  void unknownSkillIsRefused() {
    assertThatThrownBy(() -> planner.plan("nope", new ClassSnapshot(Map.of(), new MasteryDistribution(0, 0, 0, 0)), 1))
        .hasMessageContaining("nope");
  }

  static Kind kindOf(String statement) {
    return Kind.valueOf(new org.stepwise.content.problem.TaskSolver(ENGINE)
        .solve(new org.stepwise.content.problem.ProblemReader(ENGINE).read(statement)).kind().name()
        .toUpperCase(Locale.ROOT));
  }
}
