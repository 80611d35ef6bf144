package org.stepwise.content.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.check.CheckRequest;

class ProblemReaderTest {

  private final MathEngine engine = MathEngine.standard();
  private final ProblemReader reader = new ProblemReader(engine);
  private final TaskSolver solver = new TaskSolver(engine);

  /** statement | task type | a right answer a student could type | requirement wire name or empty. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Solve 2x+1=7 for x | SOLVE_EQUATION | x = 3 |",
      "Solve 2x + 1 = 7 | SOLVE_EQUATION | 3 |",
      "solve for y: 3y - 4 = 11 | SOLVE_EQUATION | y=5 |",
      "Solve x^2 - 5x + 6 = 0 by factoring | SOLVE_EQUATION | x=2 or x=3 |",
      "Solve x^2 - 2x - 1 = 0 by completing the square | SOLVE_EQUATION | x = 1 + sqrt(2) or x = 1 - sqrt(2) |",
      "Solve 2x + 3y = 6 for y | SOLVE_EQUATION | y = 2 - 2x/3 |",
      "Solve the inequality -2x+4>10 | SOLVE_INEQUALITY | x < -3 |",
      "Solve -3 < 2x + 1 <= 7 | SOLVE_INEQUALITY | -2 < x <= 3 |",
      "Solve the system x+y=10 and x-y=2 | SOLVE_SYSTEM | x=6, y=4 |",
      "Solve the system of equations: 2x + y = 7, x - y = -1 | SOLVE_SYSTEM | (2, 3) |",
      "Simplify 3x+2x-4+x | SIMPLIFY | 6x - 4 | simplified",
      "Simplify (x^2-1)/(x-1) | SIMPLIFY | x + 1 | simplified",
      "Expand (x+2)(x-3) | EXPAND | x^2 - x - 6 | expanded",
      "Expand and simplify (x+2)^2 | EXPAND | x^2+4x+4 | expanded",
      "Expand (x+2)^2 and simplify | EXPAND | x^2+4x+4 | expanded",
      "Simplify 2(x+3)+x | SIMPLIFY | 3x+6 | simplified",
      "Factor x^2-5x+6 | FACTOR | (x-2)(x-3) | factored",
      "Factorise fully 6x^2 + 9x | FACTOR | 3x(2x+3) | factored",
      "Factor x^2 - 9 | FACTOR | (x+3)(x-3) | factored",
      "Evaluate 2a+b when a=3 and b=-1 | EVALUATE | 5 |",
      "Evaluate x^2 - 3x if x = -2 | EVALUATE | 10 |",
      "Calculate 3/4 + 5/6, give a mixed number | CALCULATE | 1 7/12 | mixed_number",
      "Calculate 1/2 + 1/3 as a fraction in lowest terms | CALCULATE | 5/6 | lowest_terms",
      "Calculate 2/3 to 2 decimal places | CALCULATE | 0.67 | decimal:2",
      "Work out 7 - 3 * 2 | CALCULATE | 1 |",
      "Calculate 9/7 + 4/7, give a mixed number | CALCULATE | 1 6/7 | mixed_number",
      "Simplify 6/8 | CALCULATE | 3/4 | lowest_terms",
      "Simplify sqrt(45) | CALCULATE | 3sqrt(5) | simplified",
      "Write 6/8 in lowest terms | CALCULATE | 3/4 | lowest_terms",
      "Calculate 15% of 80 | CALCULATE | 12 |",
      "Calculate 1/3 as a decimal to 2 decimal places | CALCULATE | 0.33 | decimal:2",
      "Find the slope of the line through (1, 2) and (3, 8) | SLOPE | 3 |",
      "Find the slope of the line passing through (-1, 4) and (3, 2) | SLOPE | -1/2 |",
      "If f(x)=2x+1, find f(3) | FUNCTION_VALUE | 7 |",
      "If g(x) = x^2 - 4, find g(-3) | FUNCTION_VALUE | 5 |",
      "If f(x)=2x+1, find the value of x for which f(x)=9 | FUNCTION_INPUT | x = 4 |",
  })
  void readsSolvesAndAcceptsARightAnswer(String statement, TaskType type, String right, String requirement) {
    Task task = reader.read(statement);
    assertThat(task.type()).isEqualTo(type);
    Answer answer = solver.solve(task);
    if (requirement != null) {
      assertThat(answer.requirement()).isNotNull();
      assertThat(answer.requirement().wireName()).isEqualTo(requirement);
    }
    var verdict = engine.check(new CheckRequest(answer.kind(), answer.expected(), right, answer.requirement(), null));
    assertThat(verdict.accept()).as(answer + " vs " + right + ": " + verdict.feedback()).isTrue();
    // and the engine's own answer passes its own check
    var self = engine.check(new CheckRequest(answer.kind(), answer.expected(), answer.expected(),
        answer.requirement(), null));
    assertThat(self.accept()).as(answer + ": " + self.feedback()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tell me a story", "Draw a triangle", "Solve world hunger", "Evaluate 2a+b", ""})
  void refusesWhatItCannotRead(String statement) {
    assertThatThrownBy(() -> reader.read(statement)).isInstanceOf(MathException.class);
  }

  @org.junit.jupiter.api.Test
  void unsupportedStatementNamesWhatIsSupported() {
    assertThatThrownBy(() -> reader.read("Tell me a story")).hasMessageContaining("Solve 2x+1=7");
  }
}
