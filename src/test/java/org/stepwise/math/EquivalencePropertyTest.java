package org.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.CheckResult;
import org.stepwise.math.check.Kind;

/**
 * Seeded-random properties. The test computes expansions and roots with its own plain long arithmetic, so the
 * engine is compared with an independent oracle, never with itself.
 */
class EquivalencePropertyTest {

  private static final MathEngine ENGINE = MathEngine.standard();

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 1000L + i);
  }

  /** A random product of 2–3 linear factors in x (and sometimes y), and the polynomial it expands to. */
  private record Product(String factored, long[][] coefficients) {}

  private static Product randomProduct(Random r) {
    int factors = 2 + r.nextInt(2);
    boolean twoVars = r.nextInt(3) == 0;
    // coefficients[i][j] of x^i y^j
    long[][] acc = {{1}};
    StringBuilder text = new StringBuilder();
    for (int f = 0; f < factors; f++) {
      long a = nonZero(r, 6);
      long b = r.nextInt(15) - 7;
      long c = twoVars ? nonZero(r, 4) : 0;
      text.append('(').append(a).append('x');
      if (twoVars) text.append(c < 0 ? " - " : " + ").append(Math.abs(c)).append('y');
      text.append(b < 0 ? " - " : " + ").append(Math.abs(b)).append(')');
      long[][] next = new long[acc.length + 1][acc[0].length + 1];
      for (int i = 0; i < acc.length; i++) {
        for (int j = 0; j < acc[i].length; j++) {
          next[i + 1][j] += acc[i][j] * a;
          next[i][j] += acc[i][j] * b;
          next[i][j + 1] += acc[i][j] * c;
        }
      }
      acc = next;
    }
    return new Product(text.toString(), acc);
  }

  private static String polyText(long[][] c) {
    StringBuilder sb = new StringBuilder();
    for (int i = c.length - 1; i >= 0; i--) {
      for (int j = c[i].length - 1; j >= 0; j--) {
        long v = c[i][j];
        if (v == 0) continue;
        sb.append(v < 0 ? " - " : " + ").append(Math.abs(v));
        if (i > 0) sb.append("x").append(i > 1 ? "^" + i : "");
        if (j > 0) sb.append("y").append(j > 1 ? "^" + j : "");
      }
    }
    return sb.isEmpty() ? "0" : sb.toString().replaceFirst("^ \\+ ", "").replaceFirst("^ - ", "-");
  }

  private static long nonZero(Random r, int bound) {
    long v = 0;
    while (v == 0) v = r.nextInt(2 * bound + 1) - bound;
    return v;
  }

  private static CheckResult check(Kind kind, String expected, String answer) {
    return ENGINE.check(CheckRequest.of(kind, expected, answer));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aProductIsEquivalentToItsExpansion(long seed) {
    Product p = randomProduct(new Random(seed));
    assertThat(check(Kind.EXPRESSION, p.factored(), polyText(p.coefficients())).equivalent())
        .as(p.factored() + " vs " + polyText(p.coefficients())).isTrue();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void perturbingOneCoefficientBreaksEquivalence(long seed) {
    Random r = new Random(seed);
    Product p = randomProduct(r);
    long[][] c = p.coefficients();
    int i = r.nextInt(c.length);
    int j = r.nextInt(c[i].length);
    c[i][j] += nonZero(r, 3);
    assertThat(check(Kind.EXPRESSION, p.factored(), polyText(c)).equivalent())
        .as(p.factored() + " vs " + polyText(c)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aTinyPerturbationIsNeverEquivalent(long seed) {
    Random r = new Random(seed);
    Product p = randomProduct(r);
    String tiny = "10^-" + (9 + r.nextInt(30));
    assertThat(check(Kind.EXPRESSION, p.factored(), polyText(p.coefficients()) + " + " + tiny).equivalent()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void scalingBothSidesOfAnEquationKeepsItsSolutions(long seed) {
    Random r = new Random(seed);
    long a = nonZero(r, 9);
    long x = r.nextInt(41) - 20;
    long b = r.nextInt(41) - 20;
    long k = nonZero(r, 7);
    String eq = a + "x + " + b + " = " + (a * x + b);
    String scaled = (k * a) + "x + " + (k * b) + " = " + (k * (a * x + b));
    assertThat(check(Kind.EQUATION, eq, scaled).equivalent()).as(eq + " vs " + scaled).isTrue();
    assertThat(check(Kind.EQUATION, eq, "x = " + x).equivalent()).isTrue();
    assertThat(check(Kind.EQUATION, eq, "x = " + (x + nonZero(r, 3))).equivalent()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aQuadraticWithIntegerRootsHasExactlyThoseRoots(long seed) {
    Random r = new Random(seed);
    long p = r.nextInt(25) - 12;
    long q = r.nextInt(25) - 12;
    long a = nonZero(r, 4);
    String eq = a + "x^2 + " + (-a * (p + q)) + "x + " + (a * p * q) + " = 0";
    String roots = p == q ? "x = " + p : "x = " + q + " or x = " + p;
    assertThat(check(Kind.EQUATION, eq, roots).equivalent()).as(eq + " vs " + roots).isTrue();
    assertThat(check(Kind.EQUATION, eq, "x = " + p).equivalent()).isEqualTo(p == q);
    assertThat(check(Kind.SOLUTION_SET, "{" + p + ", " + q + "}", "{" + q + ", " + p + "}").equivalent()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void dividingAnInequalityByANegativeFlipsIt(long seed) {
    Random r = new Random(seed);
    long a = nonZero(r, 9);
    long bound = r.nextInt(41) - 20;
    long b = r.nextInt(41) - 20;
    String ineq = a + "x + " + b + " < " + (a * bound + b);
    String right = a > 0 ? "x < " + bound : "x > " + bound;
    String flipped = a > 0 ? "x > " + bound : "x < " + bound;
    String closed = a > 0 ? "x <= " + bound : "x >= " + bound;
    assertThat(check(Kind.INEQUALITY, ineq, right).equivalent()).as(ineq + " vs " + right).isTrue();
    assertThat(check(Kind.INEQUALITY, ineq, flipped).equivalent()).isFalse();
    assertThat(check(Kind.INEQUALITY, ineq, closed).equivalent()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fractionArithmeticIsExact(long seed) {
    Random r = new Random(seed);
    long a = r.nextInt(20) + 1, b = r.nextInt(20) + 2, c = r.nextInt(20) + 1, d = r.nextInt(20) + 2;
    long num = a * d - c * b;
    long den = b * d;
    assertThat(check(Kind.NUMERIC, a + "/" + b + " - " + c + "/" + d, num + "/" + den).equivalent()).isTrue();
    assertThat(check(Kind.NUMERIC, a + "/" + b + " - " + c + "/" + d, (num + 1) + "/" + den).equivalent()).isFalse();
  }
}
