package org.stepwise.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verdicts and feedback on single solutions, the forms students write lines in, and the input limits. */
class WorkCheckerTest {

  private static final WorkChecker CHECKER = WorkChecker.create();

  private static StepsVerdict check(String problem, String... steps) {
    return CHECKER.check(problem, List.of(steps));
  }

  @Test
  void asksAboutTheSignOfTheMovedTermOnTheExactLine() {
    StepsVerdict v = check("Solve 5x+6=2x+30 for x", "3x+6=30", "3x=30+6", "x=12");
    assertThat(v.firstErrorStep()).isEqualTo(1);
    assertThat(v.misconception()).isEqualTo("sign_error_moving_term");
    assertThat(v.feedback()).isEqualTo("Look at line 2: when +6 moved to the other side, what happened to its sign?");
    assertThat(v.finalCorrect()).isFalse();
  }

  @Test
  void unfinishedCorrectWorkIsAskedForTheNextStep() {
    StepsVerdict v = check("Solve 2x+1=7 for x", "2x=6");
    assertThat(v.firstErrorStep()).isNull();
    assertThat(v.finalCorrect()).isFalse();
    assertThat(v.feedback()).isEqualTo("Every line so far is right. What's your next step?");
  }

  @Test
  void finishedCorrectWorkGetsAShortConfirmation() {
    StepsVerdict v = check("Solve 2x+1=7 for x", "2x=6", "x=3");
    assertThat(v).isEqualTo(new StepsVerdict(null, null, true, "Well done: every step is right and your answer is finished."));
  }

  @Test
  void noLinesYetAsksForTheFirstStep() {
    assertThat(check("Solve 2x+1=7 for x").feedback()).isEqualTo("What's your first step?");
  }

  @Test
  void anUnexplainedWrongLineIsNamedWithoutGivingTheAnswer() {
    StepsVerdict v = check("Solve 2x+1=7 for x", "2x=6", "x=5");
    assertThat(v.firstErrorStep()).isEqualTo(1);
    assertThat(v.misconception()).isNull();
    assertThat(v.feedback()).startsWith("Look at line 2:").contains("line 1").doesNotContain("3");
  }

  /** Lines students really write: spaces, Unicode minus, a leading "=", the sides swapped, a bare value. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Solve 2x+1=7 for x | 2x = 7 − 1 ; x = 6/2 ; x = 3",
      "Solve 2x+1=7 for x | 3 = x",
      "Solve 2x+1=7 for x | 3",
      "Solve 2x+1=7 for x | {3}",
      "Simplify 3x+2x-4+x | = 5x - 4 + x ; = 6x - 4",
      "Calculate 2+3*4 | 2+3*4 = 2+12 ; = 14",
      "Solve x^2=9 for x | x = -3 or x = 3",
      "Solve x^2=9 for x | {3, -3}",
      "Solve the inequality -2x+4>10 | -3 > x",
      "Solve the system x+y=10 and x-y=2 | y = 10 - x ; x - (10 - x) = 2 ; 2x = 12 ; (6, 4)",
      "Solve 3(x-2)=12 for x | x - 2 = 4 ; x = 6",
      "Solve x/2+3=5 for x | 2(x/2+3) = 2*5 ; x+6=10 ; x=4",
      "Solve ax+b=c for x | ax = c - b ; x = (c-b)/a",
      "Solve 2x+1=7 for x | 2x = 6 ; x = 3 ; 2(3)+1 = 7",
      "If f(x)=2x+1, find f(3) | f(3) = 2(3)+1 ; = 7",
      "If f(x)=2x+1, find the value of x for which f(x)=9 | 2x+1=9 ; 2x=8 ; x=4",
      "Solve the inequality -3<2x+1<5 | -4<2x<4 ; -2<x<2",
      "Expand (x+1)(x+2)(x+3) | (x^2+3x+2)(x+3) ; x^3+6x^2+11x+6",
      "Solve x^2-5x+6=0 for x | (x-2)(x-3)=0 ; x=2, x=3",
      "Solve 2x=3 for x | x=1.5",
      "Solve 2x=3 for x | x = 1 1/2",
      "Factor 2x^2-10x+12 | 2(x^2-5x+6) ; 2(x-2)(x-3)",
      "Evaluate 2a+b when a=3 and b=-1 | 2·3+(−1) ; 5",
  })
  void validLinesInTheFormsStudentsWriteAreAccepted(String problem, String lines) {
    StepsVerdict v = CHECKER.check(problem.strip(), splitLines(lines));
    assertThat(v.firstErrorStep()).isNull();
    assertThat(v.finalCorrect()).isTrue();
  }

  @Test
  void aLineWithNoSolutionOrEveryNumberIsWrongButNamesNoMisconception() {
    StepsVerdict none = check("Solve 2x+1=7 for x", "2x+1=2x+7");
    assertThat(none.firstErrorStep()).isZero();
    assertThat(none.misconception()).isNull();
    StepsVerdict all = check("Solve 2x+1=7 for x", "2x+1=2x+1");
    assertThat(all.firstErrorStep()).isZero();
    assertThat(all.misconception()).isNull();
  }

  @Test
  void multiplyingByZeroOrDividingByTheVariableIsNotAValidStep() {
    assertThat(check("Solve x+2=5 for x", "0(x+2)=0*5", "x=3").firstErrorStep()).isEqualTo(0);
    assertThat(check("Solve x^2=4x for x", "x=4").firstErrorStep()).isEqualTo(0);
    assertThat(check("Solve x^2=4x for x", "x^2-4x=0", "x(x-4)=0", "x=0 or x=4").firstErrorStep()).isNull();
  }

  @Test
  void aCheckAfterTheAnswerMustBeTrueAndATrueNumberStatementIsNoStepBeforeIt() {
    assertThat(check("Solve 2x+1=7 for x", "x=3", "2(3)+1=8").firstErrorStep()).isEqualTo(1);
    assertThat(check("Solve x+2=5 for x", "0=0", "x=3").firstErrorStep()).isEqualTo(0);
  }

  @Test
  void aProblemTheEngineCannotWorkWithIsAnErrorNotAWrongLine() {
    assertThatThrownBy(() -> check("Calculate 2^100000", "2^100000"))
        .isInstanceOf(WorkInputException.class)
        .extracting(e -> ((WorkInputException) e).code()).isEqualTo("too_large");
    assertThatThrownBy(() -> check("Solve the system x+y=1 and 2x+2y=2", "x=1-y"))
        .isInstanceOf(WorkInputException.class)
        .extracting(e -> ((WorkInputException) e).code()).isEqualTo("unsupported_problem");
  }

  @Test
  void aRequiredFormMustBeMetForTheAnswerToBeFinished() {
    assertThat(check("Factor x^2-5x+6", "x^2-2x-3x+6").finalCorrect()).isFalse();
    assertThat(check("Expand (x+2)^2", "(x+2)(x+2)").finalCorrect()).isFalse();
    assertThat(check("Calculate 1/2+1/3", "10/12").finalCorrect()).isFalse();
    assertThat(check("Solve 2x+1=7 for x", "x=6/2").finalCorrect()).isFalse();
  }

  @Test
  void anUnreadableLineIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> check("Solve 2x+1=7 for x", "2x=6", "x=(3"))
        .isInstanceOf(WorkInputException.class)
        .hasMessageStartingWith("line 2")
        .extracting(e -> ((WorkInputException) e).code()).isEqualTo("unreadable_step");
  }

  @Test
  void anUnsupportedProblemIsAnError() {
    assertThatThrownBy(() -> check("Tell me a story", "once upon a time"))
        .isInstanceOf(WorkInputException.class);
  }

  @Test
  void tooManyLinesIsRefused() {
    List<String> lines = new ArrayList<>(Collections.nCopies(WorkLimits.MAX_STEPS + 1, "2x=6"));
    assertThatThrownBy(() -> CHECKER.check("Solve 2x+1=7 for x", lines))
        .isInstanceOf(WorkInputException.class).hasMessageContaining("at most " + WorkLimits.MAX_STEPS)
        .extracting(e -> ((WorkInputException) e).code()).isEqualTo("too_large");
    assertThat(CHECKER.check("Solve 2x+1=7 for x", lines.subList(0, WorkLimits.MAX_STEPS)).firstErrorStep()).isNull();
  }

  @Test
  void aTooLongLineOrProblemIsRefused() {
    String longLine = "x=" + "1+".repeat(WorkLimits.MAX_STEP_CHARS) + "1";
    assertThatThrownBy(() -> check("Solve 2x+1=7 for x", "2x=6", longLine))
        .isInstanceOf(WorkInputException.class).hasMessageContaining("line 2 is longer than")
        .extracting(e -> ((WorkInputException) e).code()).isEqualTo("too_large");
    String longProblem = "Simplify " + "x+".repeat(WorkLimits.MAX_PROBLEM_CHARS) + "x";
    assertThatThrownBy(() -> check(longProblem, "x"))
        .extracting(e -> ((WorkInputException) e).code()).isEqualTo("too_large");
  }

  @Test
  void aHostileLineGetsAVerdictOrAClearErrorNeverAHang() {
    String problem = "Calculate " + String.join("*", Collections.nCopies(40, "(1/2+1/3)"));
    String line = String.join("*", Collections.nCopies(33, "(5/6)"));
    try {
      StepsVerdict v = CHECKER.check(problem, List.of(line));
      assertThat(v.firstErrorStep()).isZero();
    } catch (WorkInputException e) {
      assertThat(e.code()).isEqualTo("timeout");
    }
  }

  @Test
  void feedbackNeverStatesTheFinalAnswerOfTheTask() {
    for (Corpus c : Corpus.read(Corpus.SOLUTIONS)) {
      StepsVerdict v = CHECKER.check(c.problem(), c.steps());
      if (v.firstErrorStep() != null) {
        assertThat(v.feedback()).as(c.toString()).startsWith("Look at line " + (v.firstErrorStep() + 1) + ":");
      }
      assertThat(v.feedback()).as(c.toString()).doesNotContainIgnoringCase("the answer is");
    }
  }

  private static List<String> splitLines(String lines) {
    List<String> out = new ArrayList<>();
    for (String s : lines.split(";")) {
      out.add(s.strip());
    }
    return out;
  }
}
