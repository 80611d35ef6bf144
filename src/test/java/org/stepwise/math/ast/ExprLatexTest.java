package org.stepwise.math.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.math.MathEngine;

class ExprLatexTest {
  private static final MathEngine ENGINE = MathEngine.standard();

  @ParameterizedTest
  @CsvSource(delimiterString = " ::: ", value = {
      "2x + 3 ::: 2x + 3",
      "3/4 ::: \\frac{3}{4}",
      "(x+1)/(x-1) ::: \\frac{x + 1}{x - 1}",
      "x^2 - 5x + 6 ::: {x}^{2} - 5x + 6",
      "(x+1)^2 ::: {\\left(x + 1\\right)}^{2}",
      "(1/2)^3 ::: {\\left(\\frac{1}{2}\\right)}^{3}",
      "2^(n+1) ::: {2}^{n + 1}",
      "x^-2 ::: {x}^{-2}",
      "sqrt(9) + abs(-3) ::: \\sqrt{9} + \\left|-3\\right|",
      "√(x+1) ::: \\sqrt{x + 1}",
      "2(x+3) ::: 2\\left(x + 3\\right)",
      "(x+1)(x-1) ::: \\left(x + 1\\right)\\left(x - 1\\right)",
      "3*4 ::: 3 \\times 4",
      "3 × 4 ::: 3 \\times 4",
      "6 ÷ 2 ::: \\frac{6}{2}",
      "5 - (2 - 1) ::: 5 - \\left(2 - 1\\right)",
      "5 - -2 ::: 5 - \\left(-2\\right)",
      "-x^2 ::: -{x}^{2}",
      "2 1/2 ::: 2\\frac{1}{2}",
      "25% ::: 25\\%",
      "0.75 ::: 0.75",
      "2 pi r ::: 2\\pi r",
      "x = 3 ::: x = 3",
      "-3 < x <= 3 ::: -3 < x \\le 3",
      "x ≥ 2 ::: x \\ge 2",
      "x != 1 ::: x \\neq 1",
      "x=2 or x=3 ::: x = 2 \\text{ or } x = 3",
      "x=2, y=3 ::: x = 2 \\text{ and } y = 3",
      "{2, -3} ::: \\{2, -3\\}",
      "(2, 3) ::: \\left(2, 3\\right)",
      "no solution ::: \\text{no solution}",
  })
  void writesWhatWasTyped(String input, String latex) {
    assertThat(ExprLatex.of(ENGINE.parse(input))).isEqualTo(latex);
  }

  /**
   * Whatever the tree, the output uses only the characters of LaTeX math (letters, digits, operators, braces and
   * commands): nothing the student typed passes through unread, and braces always balance.
   */
  @ParameterizedTest
  @MethodSource("randomExpressions")
  void outputIsBalancedLatexMadeOfKnownCharacters(String input) {
    String latex = ExprLatex.of(ENGINE.parse(input));
    assertThat(latex).matches("[A-Za-z0-9 .+\\-=<>,{}()\\\\%|^]*");
    int depth = 0;
    for (char c : latex.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      assertThat(depth).isNotNegative();
    }
    assertThat(depth).isZero();
    assertThat(count(latex, "\\left")).isEqualTo(count(latex, "\\right"));
  }

  static Stream<Arguments> randomExpressions() {
    Random r = new Random(20261123L);
    return Stream.generate(() -> Arguments.of(expression(r, 4))).limit(200);
  }

  private static String expression(Random r, int depth) {
    if (depth == 0 || r.nextInt(4) == 0) {
      return switch (r.nextInt(4)) {
        case 0 -> Integer.toString(r.nextInt(20));
        case 1 -> "x";
        case 2 -> r.nextInt(9) + 1 + "." + r.nextInt(10);
        default -> (r.nextInt(9) + 1) + "y";
      };
    }
    String a = expression(r, depth - 1);
    String b = expression(r, depth - 1);
    return switch (r.nextInt(8)) {
      case 0 -> a + " + " + b;
      case 1 -> a + " - " + b;
      case 2 -> "(" + a + ")(" + b + ")";
      case 3 -> "(" + a + ")/(" + b + "+100)";
      case 4 -> "(" + a + ")^2";
      case 5 -> "sqrt(" + a + ")";
      case 6 -> "-(" + a + ")";
      default -> a + " * " + b;
    };
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
