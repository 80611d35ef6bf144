package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.math.MathEngine;

class EngineAnswerJudgeTest {
  private final EngineAnswerJudge judge = new EngineAnswerJudge(MathEngine.standard());

  @Test
  void rightAnswersInAnyEquivalentFormAreCorrect() {
    assertThat(judge.judge("one-step-add", 1, "Solve x + 3 = 10 for x", "x=7").verdict())
        .isEqualTo(Verdict.CORRECT);
    assertThat(judge.judge("frac-add-sub", 1, "Calculate 1/2 + 1/3", "5/6").verdict()).isEqualTo(Verdict.CORRECT);
  }

  @Test
  void wrongAnswersAreIncorrectWithFeedbackThatDoesNotGiveTheAnswerAway() {
    var j = judge.judge("one-step-add", 1, "Solve x + 3 = 10 for x", "x=13");
    assertThat(j.verdict()).isEqualTo(Verdict.INCORRECT);
    assertThat(j.feedback()).isNotBlank().doesNotContain("x=7").doesNotContain("x = 7");
  }

  @Test
  void unreadableAnswersAreInvalidAndUncheckableProblemsPending() {
    assertThat(judge.judge("frac-add-sub", 1, "Calculate 1/2 + 1/3", "5/(").verdict()).isEqualTo(Verdict.INVALID);
    assertThat(judge.judge("misc", 1, "Write a poem about fractions", "no").verdict()).isEqualTo(Verdict.PENDING);
  }
}
