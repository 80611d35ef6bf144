package org.stepwise.mastery;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One student's mastery estimates, updated online by Bayesian Knowledge Tracing per skill.
 *
 * <p>A right answer after a hint counts as a wrong one: that is how the data the parameters are fitted on
 * (ASSISTments) scores it, and a hinted answer does not show the student can do it alone. A misconception
 * diagnosed on another skill (typically a prerequisite) counts as a wrong answer on that skill too, without a
 * learning step, since the student did not practise it.
 */
public final class MasteryModel {
  private final Function<String, BktParams> params;
  private final Map<String, Double> known = new HashMap<>();

  /** @param params BKT parameters of each skill (fitted per skill, or {@link BktParams#DEFAULT}) */
  public MasteryModel(Function<String, BktParams> params) {
    this.params = params;
  }

  public void observe(Observation o) {
    BktParams p = params.apply(o.skillId());
    known.put(o.skillId(), p.next(mastery(o.skillId()), o.independentSuccess()));
    String other = o.misconceptionSkillId();
    if (other != null && !other.equals(o.skillId())) {
      known.put(other, params.apply(other).posterior(mastery(other), false));
    }
  }

  /** P(the student has mastered the skill). */
  public double mastery(String skillId) {
    Double p = known.get(skillId);
    return p != null ? p : params.apply(skillId).pInit();
  }

  /** P(right answer) on the skill's next item. */
  public double pCorrect(String skillId) {
    return params.apply(skillId).pCorrect(mastery(skillId));
  }
}
