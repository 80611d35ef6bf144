package org.stepwise.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concrete practice item generated from a template and a seed. The answer the student is graded
 * against comes from the math engine reading {@link #statement()}; {@link #authorAnswer()} is only the
 * author's cross-check.
 */
public record Item(
    String templateId,
    String skillId,
    int difficulty,
    long seed,
    Map<String, Exact> params,
    String statement,
    AnswerKind kind,
    Optional<RequiredForm> form,
    Optional<String> authorAnswer,
    List<String> hints,
    WorkedExample workedExample,
    List<WrongAnswer> wrongAnswers) {

  public Item {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    hints = List.copyOf(hints);
    wrongAnswers = List.copyOf(wrongAnswers);
  }

  /** A fully worked sibling item (same template, fixed different parameters). */
  public record WorkedExample(String statement, List<String> steps, Optional<String> answer) {
    public WorkedExample {
      steps = List.copyOf(steps);
    }
  }

  /** A likely wrong answer for this item and the misconception it would reveal. */
  public record WrongAnswer(String answer, String misconception) {}
}
