package org.stepwise.math.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.ExprText;
import org.stepwise.math.ast.Statement;

class MathParserTest {

  private static String value(String s) {
    return MathEngine.standard().value(s).toString();
  }

  /** What students type | the value it must have (engine's canonical text). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2x | 2x",
      "2(x+1) | 2x + 2",
      "(x+1)(x-1) | x^2 - 1",
      "2sqrt(2) | 2sqrt(2)",
      "sqrt(8) | 2sqrt(2)",
      "sqrt(1/2) | sqrt(2)/2",
      "-x^2 | -x^2",
      "x^-2 | 1/x^2",
      "2^3^2 | 512",
      "1 1/2 | 3/2",
      "2 3/2 | 7/2",
      "-2 1/2 | -5/2",
      "0.75 | 3/4",
      "25% | 1/4",
      "x−1 | x - 1",
      "3×4 | 12",
      "8÷2 | 4",
      "3/4 ÷ 1/2 | 3/2",
      "6 ÷ 2 × 3 | 9",
      "x² | x^2",
      "１２ | 12",
      "1½ | 3/2",
      "xy^2 | xy^2",
      "abs(3 - x) | abs(x - 3)",
      "abs(-4) | 4",
      "4^(1/2) | 2",
      "8^(1/3) | 2",
      "pi*2 | 2pi",
      "2*3+4 | 10",
      "2+3*4 | 14",
      "(2+3)*4 | 20",
      "10-4-3 | 3",
      "12/3/2 | 2",
  })
  void readsWhatStudentsType(String input, String expected) {
    assertThat(value(input)).isEqualTo(expected);
  }

  /** Input | error code | words the message must contain. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2x) | unbalanced_parenthesis | extra ')' after 2x",
      "(2x | unbalanced_parenthesis | never closed",
      "2x+ | missing_operand | missing after '+'",
      "*3 | unexpected_symbol | can't come first",
      "2 3 | unexpected_symbol | Two numbers",
      "1..2 | bad_number | two decimal points",
      "x $ 2 | invalid_character | '$'",
      "hello | unsupported | 'hello'",
      "sin(x) | unsupported | sin",
      "5! | unsupported | Factorials",
      "1/0 | division_by_zero | divide by 0",
      "sqrt(-4) | undefined | not a real number",
      "0^0 | undefined | undefined",
  })
  void errorsSayWhereAndWhatInPlainWords(String input, String code, String words) {
    assertThatThrownBy(() -> MathEngine.standard().value(input))
        .isInstanceOfSatisfying(MathException.class, e -> {
          assertThat(e.code().wireName()).isEqualTo(code);
          assertThat(e.getMessage()).contains(words);
        });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "-3<x<3 | Relation",
      "x=2 or x=-3 | Or",
      "x=2, y=3 | And",
      "{2, -3} | SetOf",
      "{} | SetOf",
      "(2, 3) | Tuple",
      "no solution | NoSolution",
      "All real numbers | AllReals",
      "x ≥ 2 | Relation",
  })
  void readsStatements(String input, String type) {
    Statement s = MathEngine.standard().parse(input);
    assertThat(s.getClass().getSimpleName()).isEqualTo(type);
  }

  @Test
  void barsAreAbsoluteValue() {
    assertThat(value("|x - 3| + |-2|")).isEqualTo("abs(x - 3) + 2");
  }

  @Test
  void textOfATreeReadsBackToTheSameTree() {
    for (String s : new String[] {"2(x+1) - 3x/4", "-(x-1)^2 + 1 1/2", "x^-2 + sqrt(x+1)", "2*(-3) - -x"}) {
      var tree = MathEngine.standard().parseExpression(s);
      assertThat(MathEngine.standard().parseExpression(ExprText.of(tree))).as(s).isEqualTo(tree);
    }
  }
}
