package org.stepwise.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parametric item: parameters and constraints, a statement in the problem-statement grammar, the
 * answer's kind and required form, an optional author's answer (only a cross-check for the engine), a
 * hint ladder, the steps of a worked solution, the sibling parameters the worked example uses, and
 * common wrong answers mapped to misconception labels.
 */
public record ItemTemplate(
    String id,
    String skill,
    int difficulty,
    Map<String, ParamSpec> params,
    List<Formula> constraints,
    TextTemplate statement,
    AnswerKind kind,
    Optional<RequiredForm> form,
    Optional<TextTemplate> authorAnswer,
    List<TextTemplate> hints,
    List<TextTemplate> steps,
    Map<String, Exact> example,
    List<WrongAnswerSpec> wrongAnswers,
    String file) {

  public ItemTemplate {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    constraints = List.copyOf(constraints);
    hints = List.copyOf(hints);
    steps = List.copyOf(steps);
    example = Collections.unmodifiableMap(new LinkedHashMap<>(example));
    wrongAnswers = List.copyOf(wrongAnswers);
  }

  /** A wrong answer as a text template over the parameters, with the misconception it reveals. */
  public record WrongAnswerSpec(TextTemplate answer, String misconception) {}
}
