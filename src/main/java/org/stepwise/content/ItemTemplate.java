package org.stepwise.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parametric item: parameters and constraints, a statement in the problem-statement grammar, the
 * answer's kind and required form, an optional author's answer (only a cross-check for the engine), a
 * hint ladder, the steps of a worked solution, the sibling parameters worked examples use (the first
 * whose answer differs from the item's is shown, so categorical answers can alternate), and
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
    List<Map<String, Exact>> examples,
    List<WrongAnswerSpec> wrongAnswers,
    String file) {

  public ItemTemplate {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    constraints = List.copyOf(constraints);
    hints = List.copyOf(hints);
    steps = List.copyOf(steps);
    examples = examples.stream()
        .map(e -> Collections.unmodifiableMap(new LinkedHashMap<>(e)))
        .toList();
    wrongAnswers = List.copyOf(wrongAnswers);
  }

  /** A wrong answer as a text template over the parameters, with the misconception it reveals. */
  public record WrongAnswerSpec(TextTemplate answer, String misconception) {}
}
