package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

  static Exact eval(String f, Object... kv) {
    Map<String, Exact> env = new java.util.HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      env.put((String) kv[i], Exact.of(((Number) kv[i + 1]).longValue()));
    }
    return Formula.parse(f).evaluate(env);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "1/3 + 1/6; 1/2",
      "2 + 3 * 4; 14",
      "(2 + 3) * 4; 20",
      "2^3^2; 512",
      "-2^2; -4",
      "(-2)^2; 4",
      "2^-2; 1/4",
      "7 % 3; 1",
      "-7 % 3; 2",
      "0.25 * 8; 2",
      "abs(-5) + min(3, 1, 2) + max(-1, -4); 5",
      "gcd(12, 18) + lcm(4, 6); 18",
      "sqrt(49/4); 7/2",
      "issquare(49) + issquare(50); 1",
      "distinct(1, 2, 3) + distinct(1, 2, 1); 1",
      "3 < 4 && 4 <= 4 && 5 > 4 && 5 >= 5 && 1 == 1 && 1 != 2; 1",
      "0 || 1 == 2; 0",
      "!0; 1"})
  void evaluatesExactly(String formula, String expected) {
    assertThat(eval(formula).toString()).isEqualTo(expected);
  }

  @Test
  void readsParametersAndReportsTheirNames() {
    assertThat(eval("a*x + b", "a", 3, "x", -2, "b", 5)).isEqualTo(Exact.of(-1));
    assertThat(Formula.parse("a*x + gcd(b, c)").names()).containsExactlyInAnyOrder("a", "x", "b", "c");
  }

  @Test
  void andShortCircuitsSoAGuardProtectsItsRightSide() {
    assertThat(eval("a != 0 && b % a == 0", "a", 0, "b", 4)).isEqualTo(Exact.ZERO);
  }

  @Test
  void undefinedOperationsAreArithmeticErrors() {
    assertThatThrownBy(() -> eval("1 / (a - a)", "a", 3)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("division by zero");
    assertThatThrownBy(() -> eval("5 % 0")).hasMessageContaining("modulo by zero");
    assertThatThrownBy(() -> eval("sqrt(2)")).hasMessageContaining("not rational");
    assertThatThrownBy(() -> eval("q + 1")).hasMessageContaining("unknown parameter 'q'");
    assertThatThrownBy(() -> eval("(1/2) % 2")).hasMessageContaining("needs an integer");
  }

  @Test
  void syntaxErrorsSayWhere() {
    assertThatThrownBy(() -> Formula.parse("2 + * 3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position");
    assertThatThrownBy(() -> Formula.parse("(1 + 2")).hasMessageContaining("missing ')'");
    assertThatThrownBy(() -> Formula.parse("exec(1)")).hasMessageContaining("unknown function 'exec'");
    assertThatThrownBy(() -> Formula.parse("1 2")).hasMessageContaining("unexpected");
    assertThatThrownBy(() -> Formula.parse(" ")).hasMessageContaining("empty");
  }

  @Test
  void limitsOnLengthDepthExponentAndSize() {
    assertThatThrownBy(() -> Formula.parse("1+".repeat(200) + "1")).hasMessageContaining("longer than");
    assertThatThrownBy(() -> Formula.parse("(".repeat(40) + "1" + ")".repeat(40)))
        .hasMessageContaining("nested deeper");
    assertThatThrownBy(() -> eval("2^65")).hasMessageContaining("beyond the limit");
    assertThatThrownBy(() -> eval("(2^64)^64")).hasMessageContaining("too large");
    assertThatThrownBy(() -> Formula.parse("1234567890123456789012")).hasMessageContaining("too long");
  }
}
