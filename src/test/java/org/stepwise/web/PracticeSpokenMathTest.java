package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PracticeSpokenMathTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Calculate 5^2                              | Calculate 5 squared",
      "Calculate (-3)^3                           | Calculate (negative 3) cubed",
      "Calculate 2^5                              | Calculate 2 to the power of 5,",
      "Calculate 4^-2                             | Calculate 4 to the power of negative 2,",
      "Calculate 3/4 + 1/6, give a fraction in lowest terms | Calculate 3 over 4 plus 1 over 6, give a fraction in lowest terms",
      "Calculate (3/4) / (1/2)                    | Calculate (3 over 4) divided by (1 over 2)",
      "Solve 3x + 5 = 20 for x                    | Solve 3 x plus 5 equals 20 for x",
      "Solve 2x - 7 < 9 for x                     | Solve 2 x minus 7 is less than 9 for x",
      "Solve x - 4 >= -2 for x                    | Solve x minus 4 is greater than or equal to negative 2 for x",
      "Calculate sqrt(49) + 2 * 3                 | Calculate the square root of (49) plus 2 times 3",
      "Calculate -7 + 12                          | Calculate negative 7 plus 12",
      "Factor x^2 + 5x + 6                        | Factor x squared plus 5 x plus 6",
      "Evaluate 3a - b when a=2 and b=-1          | Evaluate 3 a minus b when a equals 2 and b equals negative 1",
  })
  void saysMathsInWords(String statement, String spoken) {
    assertThat(SpokenMath.of(statement)).isEqualTo(spoken);
  }
}
