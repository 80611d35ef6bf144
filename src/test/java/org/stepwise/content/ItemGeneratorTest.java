package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemGeneratorTest {

  static Course course;
  final ItemGenerator gen = new ItemGenerator();

  @BeforeAll
  static void load() {
    course = ContentLoader.loadBundled();
  }

  @Test
  void theSameSeedGivesTheSameItem() {
    ItemTemplate t = course.template("two-step-basic").orElseThrow();
    assertThat(gen.generate(t, 42)).isEqualTo(gen.generate(t, 42));
    Set<String> statements = new HashSet<>();
    for (long seed = 0; seed < 30; seed++) {
      statements.add(gen.generate(t, seed).statement());
    }
    assertThat(statements).hasSizeGreaterThan(20);
  }

  @Test
  void anItemCarriesEverythingTheTutorNeeds() {
    Item item = gen.generate(course.template("two-step-basic").orElseThrow(), 7);
    int a = item.params().get("a").num().intValueExact();
    int x = item.params().get("x").num().intValueExact();
    int b = item.params().get("b").num().intValueExact();
    assertThat(item.params().get("c")).isEqualTo(Exact.of(a * x + b));
    assertThat(item.statement()).startsWith("Solve " + a + "x ").endsWith(" = " + (a * x + b) + " for x");
    assertThat(item.authorAnswer()).contains("x = " + x);
    assertThat(item.hints()).hasSize(3);
    assertThat(item.hints().get(2)).contains(a + "x = ").endsWith(" = " + (a * x) + ".");
    assertThat(item.workedExample().statement()).isEqualTo("Solve 3x + 4 = 19 for x");
    assertThat(item.workedExample().answer()).contains("x = 5");
    assertThat(item.wrongAnswers()).extracting(Item.WrongAnswer::misconception)
        .contains("sign_error_moving_term", "divide_one_term_only");
  }

  /** Property: for many seeds, an item never shares its answer with the worked example it shows. */
  @ParameterizedTest
  @ValueSource(strings = {"eq-special-same-slope", "eq-special-bracket", "quad-sqrt-perfect-square",
      "powers-negative-base", "one-step-add-plus"})
  void theWorkedExampleNeverHasTheItemsAnswer(String id) {
    ItemTemplate t = course.template(id).orElseThrow();
    Set<String> exampleAnswers = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      Item item = gen.generate(t, seed);
      assertThat(item.workedExample().answer()).isNotEqualTo(item.authorAnswer());
      assertThat(item.workedExample().statement()).isNotEqualTo(item.statement());
      exampleAnswers.add(item.workedExample().answer().orElseThrow());
    }
    if (id.startsWith("eq-special")) {
      // Categorical answers: the example shown alternates, so it is always the other case.
      assertThat(exampleAnswers).containsExactlyInAnyOrder("no solution", "all real numbers");
    }
  }

  @Test
  void theAnswerKeyComesFromTheEngineAndGradesStudents() {
    ItemAnswerKey key = new ItemAnswerKey(org.stepwise.math.MathEngine.standard());
    Item item = gen.generate(course.template("factor-trinomial-mixed-signs").orElseThrow(), 11);
    int p = item.params().get("p").num().intValueExact();
    int q = item.params().get("q").num().intValueExact();
    assertThat(key.answer(item).kind()).isEqualTo(org.stepwise.math.check.Kind.EXPRESSION);
    String right = "(x " + (q < 0 ? "- " + -q : "+ " + q) + ")(x " + (p < 0 ? "- " + -p : "+ " + p) + ")";
    assertThat(key.grade(item, right).accept()).as(right).isTrue();
    String expanded = "x^2 " + (p + q < 0 ? "- " : "+ ") + Math.abs(p + q) + "x - " + Math.abs(p * q);
    assertThat(key.grade(item, expanded).equivalent()).as(expanded).isTrue();
    assertThat(key.grade(item, expanded).accept()).as("not factored").isFalse();
    for (Item.WrongAnswer w : item.wrongAnswers()) {
      assertThat(key.grade(item, w.answer()).accept()).as(w.answer()).isFalse();
    }
  }

  @Test
  void lintFlagsDegenerateItems() {
    Item item = gen.generate(course.template("two-step-basic").orElseThrow(), 3);
    Item degenerate = new Item(item.templateId(), item.skillId(), 1, 3, item.params(), "Solve 1x + 0 = 5 for x",
        item.kind(), item.form(), item.authorAnswer(), java.util.List.of("So " + item.authorAnswer().get()),
        item.workedExample(), java.util.List.of(new Item.WrongAnswer(item.authorAnswer().get(), "a"),
            new Item.WrongAnswer("x = 99", "b"), new Item.WrongAnswer("x =99", "c")));
    assertThat(String.join("\n", ItemLint.problems(degenerate)))
        .contains("a coefficient of 0 or 1 is written out")
        .contains("adds or subtracts 0")
        .contains("equals the answer")
        .contains("is listed twice")
        .contains("hint states the answer");
  }

  @Test
  void bareNumbersCountAsStatedOnlyWhenAnnounced() {
    assertThat(ItemLint.states("so x = 5.", "5")).isTrue();
    assertThat(ItemLint.states("which brings you to -9.", "-9")).isTrue();
    assertThat(ItemLint.states("Subtract 5 from both sides", "5")).isFalse();
    assertThat(ItemLint.states("= 51", "5")).isFalse();
    assertThat(ItemLint.states("Factor: (x + 7)(x + 2) = 0", "(x + 7)(x + 2)")).isTrue();
  }
}
