package org.stepwise.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.SkillGraph;

/**
 * What to practise next, from the student's mastery estimates: the difficulty of the next item of a skill, and the
 * skill the student home points to.
 */
final class NextPractice {
  /** A prerequisite counts as mastered from this estimate on (the default assignment target). */
  static final double MASTERED = 0.8;

  private NextPractice() {}

  /** Difficulty 1–3 from the estimate: a struggling student gets the easiest items, a strong one the hardest. */
  static int difficulty(double pMastery) {
    if (pMastery < 0.4) {
      return 1;
    }
    return pMastery < 0.75 ? 2 : 3;
  }

  /** The templates of the wanted difficulty, else those of the nearest one (a skill may lack a level). */
  static List<ItemTemplate> closestDifficulty(List<ItemTemplate> templates, int wanted) {
    int best = templates.stream().mapToInt(t -> Math.abs(t.difficulty() - wanted)).min().orElseThrow();
    return templates.stream().filter(t -> Math.abs(t.difficulty() - wanted) == best).toList();
  }

  /**
   * The lowest-mastered assigned skill whose prerequisites are mastered and that is not mastered itself. A
   * prerequisite that was never practised counts as taught (teachers assign skills whose prerequisites were taught);
   * once practised it must be mastered. Ties keep the assignment order. Empty when every skill is mastered.
   */
  static Optional<String> skill(List<String> assigned, Map<String, MasteryLevel> levels, SkillGraph graph,
      double pInit) {
    return assigned.stream()
        .filter(id -> estimate(levels, id, pInit) < MASTERED)
        .filter(id -> graph.skill(id).map(s -> s.prerequisites().stream()
            .allMatch(p -> !levels.containsKey(p) || levels.get(p).pMastery() >= MASTERED)).orElse(false))
        .min(Comparator.comparingDouble(id -> estimate(levels, id, pInit)));
  }

  private static double estimate(Map<String, MasteryLevel> levels, String id, double pInit) {
    MasteryLevel l = levels.get(id);
    return l == null ? pInit : l.pMastery();
  }
}
