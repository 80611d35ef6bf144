package org.stepwise.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.math.exact.Rational;

/**
 * Seeded-random solutions built from templates: right work in several valid routes must never raise an alarm, and
 * one injected faulty step must be found at its line and named. The seed is the case number, so a failure
 * reproduces exactly.
 */
class WorkPropertyTest {

  private static final WorkChecker CHECKER = WorkChecker.create();

  static Stream<Integer> seeds() {
    return IntStream.range(0, 60).boxed();
  }

  private static int nonZero(Random r, int bound) {
    int v = 0;
    while (v == 0) {
      v = r.nextInt(2 * bound + 1) - bound;
    }
    return v;
  }

  private static String signed(int v) {
    return v < 0 ? "-" + (-v) : "+" + v;
  }

  private static String num(Rational q) {
    return q.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void linearEquations(int seed) {
    Random r = new Random(seed);
    int a = 2 + r.nextInt(8);          // a > c so the x terms do not cancel
    int c = 1 + r.nextInt(a - 1);
    int b = nonZero(r, 12);
    int d = nonZero(r, 12);
    String problem = "Solve " + a + "x" + signed(b) + "=" + c + "x" + signed(d) + " for x";
    Rational x = Rational.of(d - b, a - c);
    String k = (a - c) + "x";
    // route 1: x terms left, numbers right; route 2: numbers left, sides swapped; route 3: multiply through by 2
    List<List<String>> routes = List.of(
        List.of(a + "x-" + c + "x=" + d + signed(-b), k + "=" + (d - b), "x=" + num(x)),
        List.of((d - b) + "=" + k, num(x) + "=x"),
        List.of((2 * a) + "x" + signed(2 * b) + "=" + (2 * c) + "x" + signed(2 * d), k + "=" + (d - b), num(x)));
    for (List<String> steps : routes) {
      StepsVerdict v = CHECKER.check(problem, steps);
      assertThat(v.firstErrorStep()).as(problem + " " + steps).isNull();
      assertThat(v.finalCorrect()).as(problem + " " + steps).isTrue();
    }
    // the constant moved without changing its sign: a x = c x + d + b
    List<String> wrong = List.of(a + "x=" + c + "x" + signed(d) + signed(b), k + "=" + (d + b));
    StepsVerdict v = CHECKER.check(problem, wrong);
    assertThat(v.firstErrorStep()).as(problem + " " + wrong).isZero();
    assertThat(v.misconception()).as(problem + " " + wrong).isEqualTo("sign_error_moving_term");
    assertThat(v.feedback()).contains(String.valueOf(Math.abs(b)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void productsOfBinomials(int seed) {
    Random r = new Random(seed);
    int p = nonZero(r, 9);
    int q = nonZero(r, 9);
    if (p + q == 0) {
      q++; // (x+p)(x-p): no middle term, so "firsts and lasts only" would be right
    }
    String problem = "Expand (x" + signed(p) + ")(x" + signed(q) + ")";
    String middle = (p + q) == 1 ? "+x" : (p + q) == -1 ? "-x" : signed(p + q) + "x";
    String right = "x^2" + middle + signed(p * q);
    assertThat(CHECKER.check(problem, List.of("x^2" + signed(q) + "x" + signed(p) + "x" + signed(p * q), right)))
        .isEqualTo(new StepsVerdict(null, null, true, "Well done: every step is right and your answer is finished."));

    StepsVerdict firstsLasts = CHECKER.check(problem, List.of("x^2" + signed(p * q)));
    assertThat(firstsLasts.firstErrorStep()).isZero();
    assertThat(firstsLasts.misconception()).as(problem).isEqualTo("binomial_firsts_lasts_only");

    StepsVerdict dropped = CHECKER.check(problem, List.of("x^2" + middle));
    assertThat(dropped.firstErrorStep()).isZero();
    assertThat(dropped.misconception()).as(problem).isEqualTo("constant_term_dropped");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fractionSums(int seed) {
    Random r = new Random(seed);
    int a = 1 + r.nextInt(5);
    int b = a + 1 + r.nextInt(6);
    int c = 1 + r.nextInt(5);
    int d = c + 1 + r.nextInt(6);
    String problem = "Calculate " + a + "/" + b + "+" + c + "/" + d;
    Rational sum = Rational.of(a, b).add(Rational.of(c, d));
    StepsVerdict right = CHECKER.check(problem, List.of((a * d) + "/" + (b * d) + "+" + (c * b) + "/" + (b * d), num(sum)));
    assertThat(right.firstErrorStep()).as(problem).isNull();
    assertThat(right.finalCorrect()).as(problem).isTrue();
    StepsVerdict across = CHECKER.check(problem, List.of((a + c) + "/" + (b + d)));
    assertThat(across.firstErrorStep()).isZero();
    assertThat(across.misconception()).as(problem).isEqualTo("add_denominators");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void inequalitiesWithANegativeCoefficient(int seed) {
    Random r = new Random(seed);
    int a = 2 + r.nextInt(7);
    int b = nonZero(r, 10);
    int c = nonZero(r, 10);
    String op = List.of("<", "<=", ">", ">=").get(r.nextInt(4));
    String flipped = switch (op) {
      case "<" -> ">";
      case "<=" -> ">=";
      case ">" -> "<";
      default -> "<=";
    };
    String problem = "Solve the inequality -" + a + "x" + signed(b) + op + c;
    Rational bound = Rational.of(c - b, -a);
    StepsVerdict right = CHECKER.check(problem, List.of("-" + a + "x" + op + (c - b), "x" + flipped + num(bound)));
    assertThat(right.firstErrorStep()).as(problem).isNull();
    assertThat(right.finalCorrect()).as(problem).isTrue();
    StepsVerdict kept = CHECKER.check(problem, List.of("-" + a + "x" + op + (c - b), "x" + op + num(bound)));
    assertThat(kept.firstErrorStep()).as(problem).isEqualTo(1);
    assertThat(kept.misconception()).as(problem).isEqualTo("inequality_not_flipped");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void evaluatingWithANegativeValue(int seed) {
    Random r = new Random(seed);
    int k = 1 + r.nextInt(12);
    int m = 1 + r.nextInt(12);
    String problem = "Evaluate " + k + "-y when y=-" + m;
    StepsVerdict right = CHECKER.check(problem, List.of(k + "-(-" + m + ")", k + "+" + m, String.valueOf(k + m)));
    assertThat(right.firstErrorStep()).as(problem).isNull();
    assertThat(right.finalCorrect()).as(problem).isTrue();
    StepsVerdict lost = CHECKER.check(problem, List.of(k + "-" + m, String.valueOf(k - m)));
    assertThat(lost.firstErrorStep()).as(problem).isZero();
    assertThat(lost.misconception()).as(problem).isEqualTo("substitute_negative_sign_lost");
  }
}
