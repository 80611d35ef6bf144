package org.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.math.MathEngine;

/** Replies that give the answer away in every form, and replies that only look as if they might. */
class LeakDetectorTest {

  private static final Tutor TUTOR = Tutor.standard();
  private static final LeakDetector LEAKS = new LeakDetector(MathEngine.standard());

  @ParameterizedTest(name = "{0}: \"{1}\" leaks")
  @CsvSource(delimiter = '|', textBlock = """
      Solve x/4+3=10                        | The answer is 28.
      Solve x/4+3=10                        | So x = 28, done.
      Solve x/4+3=10                        | It's twenty-eight.
      Solve x/4+3=10                        | Between us it is twenty eight
      Solve x/4+3=10                        | Try 56/2 and see.
      Solve x/4+3=10                        | It is 20 + 8, nothing more.
      Solve x/4+3=10                        | x equals 28
      Solve x/4+3=10                        | The answer is $\\boxed{28}$.
      Solve x/4+3=10                        | Here: {28}
      Solve x/4+3=10                        | Check 28.0 in the equation.
      Solve 2x+1=7 for x                    | It's three.
      Solve 2x+1=7 for x                    | x = \\frac{6}{2}
      Solve x^2-5x+6=0                      | x = 2 or x = 3
      Solve x^2-5x+6=0                      | The solutions are {2, 3}.
      Solve x^2-5x+6=0                      | One of them is 2.
      Solve the system x+y=10 and x-y=2     | It is (6, 4).
      Solve the system x+y=10 and x-y=2     | x = 6, y = 4
      Solve the inequality -2x+4>10         | You get x < -3.
      Solve the inequality -2x+4>10         | The answer: -3 > x
      Solve the inequality -2x+4>10         | So the final answer is $\\boxed{x < -3}$.
      Solve the inequality -2x+4>10         | It is (x < -3).
      Solve the inequality -2x+4>10         | x is less than negative three
      Factor x^2-5x+6                       | It factors as (x-2)(x-3).
      Factor x^2-5x+6                       | It is (x - 3)(x - 2).
      Factor x^2-5x+6                       | One factor is (x - 2).
      Factor x^2-5x+6                       | Another factor is 3 - x.
      Expand (x+2)(x-3)                     | You should get x^2 - x - 6.
      Expand (x+2)(x-3)                     | It is x² - x - 6 + 0.
      Expand (x+2)(x-3)                     | -6 - x + x^2 is what you want
      Simplify 3x+2x-4                      | The answer is 5x - 4.
      Calculate 3/4 + 5/6                   | It comes to 19/12.
      Calculate 3/4 + 5/6                   | That's 1 7/12.
      Calculate 3/4 + 5/6                   | \\frac{19}{12}
      Find the slope of the line through (1, 2) and (3, 8) | The slope is 6/2.
      If f(x)=2x+1, find f(3)               | f(3) is seven.
      Evaluate 2a+b when a=3 and b=-1       | It comes to five.
      If f(x)=3x-2, find the value of x for which f(x)=10 | x = 4
      """)
  void leaks(String problem, String reply) {
    assertThat(LEAKS.find(TUTOR.item(problem), reply, null)).isPresent();
  }

  @ParameterizedTest(name = "{0}: \"{1}\" does not leak")
  @CsvSource(delimiter = '|', textBlock = """
      Solve x/4+3=10                        | Look at x/4 + 3 = 10: what is being done to x?
      Solve x/4+3=10                        | First subtract 3 from both sides.
      Solve 2x+1=7 for x                    | After collecting terms you get 2x = 6. What one step finishes it?
      Solve 2x+1=7 for x                    | Put x = 4 into 2x + 1 = 7: the left side comes to 9 but the right side comes to 7.
      Solve 2x+1=7 for x                    | Look at line 3: what happened to the sign?
      Solve 2x+1=7 for x                    | Here is a similar one: Solve 3x+4=10 for x. The answer there is x = 2.
      Solve x^2-5x+6=0                      | Which two numbers multiply to 6 and add to -5?
      Factor x^2-5x+6                       | Which two brackets multiply to give x^2 - 5x + 6?
      Factor x^2-5x+6                       | Which two numbers multiply to 6 and add to -5?
      Expand (x+2)(x-3)                     | Multiply each term of (x + 2) by each term of (x - 3).
      Calculate 3/4 + 5/6                   | What common denominator could you use for 3/4 and 5/6?
      Find the slope of the line through (1, 2) and (3, 8) | The change in y goes from 2 to 8.
      If f(x)=2x+1, find f(3)               | Put 3 in place of x in 2x + 1.
      Solve the inequality -2x+4>10         | What happens to the sign when you divide by a negative number?
      """)
  void doesNotLeak(String problem, String reply) {
    assertThat(LEAKS.find(TUTOR.item(problem), reply, null)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void sayingBackTheStudentsOwnPartialAnswerIsNoLeak() {
    Item item = TUTOR.item("Solve x^2-5x+6=0");
    assertThat(LEAKS.find(item, "x = 2 is one solution; are there others?", "x=2")).isEmpty();
    assertThat(LEAKS.find(item, "x = 2 is one solution; the other is 3.", "x=2")).isPresent();
  }

  @org.junit.jupiter.api.Test
  void veryLongRepliesAreCutNotScannedForever() {
    Item item = TUTOR.item("Solve x/4+3=10");
    String huge = "1 + ".repeat(50_000) + "1";
    long t0 = System.nanoTime();
    LEAKS.find(item, huge, null);
    assertThat(System.nanoTime() - t0).isLessThan(5_000_000_000L);
  }
}
