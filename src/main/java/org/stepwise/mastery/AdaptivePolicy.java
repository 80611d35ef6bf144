package org.stepwise.mastery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The adaptive next-item policy for one student's session on a set of assigned skills.
 *
 * <ol>
 *   <li>A pending prerequisite remediation comes first (a stack: the student returns to the skill that sent
 *       them once the prerequisite is mastered again).</li>
 *   <li>Then a due spaced review of a mastered skill (gaps double after each right review answer).</li>
 *   <li>Otherwise the least-mastered assigned skill whose prerequisites are satisfied. A prerequisite outside
 *       the assignment counts as satisfied until there is evidence against it (teachers assign skills whose
 *       prerequisites were taught); once practised it must be mastered like any other.</li>
 * </ol>
 *
 * <p>Difficulty follows the estimate: low mastery gets the easiest level, high mastery the hardest, which also
 * makes the answers that lead to a mastery claim the least guessable. Stop rules: a per-skill item limit marks
 * a skill stuck (for the teacher), a route limit per skill prevents ping-pong between a skill and its
 * prerequisites, and the session has an item budget, so every session ends.
 */
public final class AdaptivePolicy implements PracticePolicy {
  private final SkillGraph graph;
  private final List<String> assigned;
  private final PolicyConfig config;
  private final MasteryModel model;

  private final Deque<Remediation> remediation = new ArrayDeque<>();
  private final Map<String, Integer> itemsOnSkill = new HashMap<>();
  private final Map<String, Integer> consecutiveErrors = new HashMap<>();
  private final Map<String, Integer> routes = new HashMap<>();
  private final Map<String, Integer> reviewDueAt = new HashMap<>();
  private final Map<String, Integer> reviewGap = new HashMap<>();
  private final Set<String> touched = new HashSet<>();
  private final Set<String> stuck = new LinkedHashSet<>();
  private int items;

  /** A prerequisite being revisited, and how many items it has had on this visit. */
  private static final class Remediation {
    final String skillId;
    int itemsThisVisit;

    Remediation(String skillId) {
      this.skillId = skillId;
    }
  }

  public AdaptivePolicy(SkillGraph graph, List<String> assignedSkills, PolicyConfig config, MasteryModel model) {
    if (assignedSkills.isEmpty()) {
      throw new IllegalArgumentException("nothing assigned");
    }
    assignedSkills.forEach(graph::skill); // throws on an unknown id
    this.graph = graph;
    this.assigned = graph.inPrerequisiteOrder(Set.copyOf(assignedSkills));
    this.config = config;
    this.model = model;
  }

  @Override
  public Decision next() {
    if (items >= config.maxItems()) {
      return new Decision.Stop(Decision.StopReason.ITEM_LIMIT);
    }
    while (!remediation.isEmpty()) {
      Remediation top = remediation.peek();
      boolean checked = top.itemsThisVisit >= config.remediationChecks();
      if (stuck.contains(top.skillId) || (checked && isMastered(top.skillId))) {
        remediation.pop();
        continue;
      }
      return practice(top.skillId, Decision.Reason.REMEDIATE);
    }
    String review = dueReview();
    if (review != null) {
      return practice(review, Decision.Reason.REVIEW);
    }
    String best = null;
    boolean anyUnmastered = false;
    for (String id : assigned) {
      if (isMastered(id)) {
        continue;
      }
      anyUnmastered = true;
      String candidate = workableStep(id, 0);
      if (candidate != null && (best == null || model.mastery(candidate) < model.mastery(best))) {
        best = candidate;
      }
    }
    if (best != null) {
      return practice(best, assigned.contains(best) ? Decision.Reason.LEARN : Decision.Reason.REMEDIATE);
    }
    return new Decision.Stop(anyUnmastered ? Decision.StopReason.STUCK : Decision.StopReason.ALL_MASTERED);
  }

  /**
   * The skill to work on for an unmastered skill: itself when its prerequisites are satisfied, else (walking
   * down the graph) an unsatisfied prerequisite that can be worked on; null when only stuck skills block it.
   */
  private String workableStep(String id, int depth) {
    if (stuck.contains(id) || depth > graph.topologicalOrder().size()) {
      return null;
    }
    for (String p : graph.skill(id).prerequisites()) {
      if (!satisfied(p)) {
        return workableStep(p, depth + 1);
      }
    }
    return id;
  }

  private boolean satisfied(String prerequisite) {
    boolean assumed = !assigned.contains(prerequisite) && !touched.contains(prerequisite);
    return assumed || isMastered(prerequisite);
  }

  private String dueReview() {
    String due = null;
    for (Map.Entry<String, Integer> e : reviewDueAt.entrySet()) {
      if (e.getValue() <= items && isMastered(e.getKey())
          && (due == null || e.getValue() < reviewDueAt.get(due))) {
        due = e.getKey();
      }
    }
    return due;
  }

  private Decision practice(String skillId, Decision.Reason reason) {
    return new Decision.Practice(skillId, difficultyFor(skillId), reason);
  }

  /** Maps the mastery estimate onto the skill's levels: below 0.5 the lowest, above 0.8 the highest. */
  int difficultyFor(String skillId) {
    List<Integer> levels = graph.skill(skillId).difficulties();
    double p = model.mastery(skillId);
    int slot = p < 0.5 ? 0 : p < 0.8 ? 1 : 2;
    return levels.get(Math.round(slot * (levels.size() - 1) / 2.0f));
  }

  @Override
  public void record(Observation o) {
    String id = o.skillId();
    graph.skill(id);
    boolean wasMastered = isMastered(id);
    items++;
    itemsOnSkill.merge(id, 1, Integer::sum);
    touched.add(id);
    model.observe(o);
    if (!remediation.isEmpty() && remediation.peek().skillId.equals(id)) {
      remediation.peek().itemsThisVisit++;
    }
    boolean reviewing = reviewDueAt.containsKey(id) && reviewDueAt.get(id) <= items - 1;
    if (o.independentSuccess()) {
      consecutiveErrors.put(id, 0);
    } else {
      consecutiveErrors.merge(id, 1, Integer::sum);
    }
    scheduleReview(id, wasMastered, reviewing, o.independentSuccess());
    if (!isMastered(id) && itemsOnSkill.get(id) >= config.maxItemsPerSkill()) {
      stuck.add(id);
    }
    String misconception = o.misconceptionSkillId();
    if (misconception != null && graph.contains(misconception) && !misconception.equals(id)) {
      touched.add(misconception);
      routeTo(id, misconception);
    } else if (consecutiveErrors.get(id) >= config.errorsBeforeRemediation()) {
      String weakest = null;
      for (String p : graph.skill(id).prerequisites()) {
        if (!stuck.contains(p) && (weakest == null || model.mastery(p) < model.mastery(weakest))) {
          weakest = p;
        }
      }
      if (weakest != null) {
        routeTo(id, weakest);
      }
    }
  }

  private void scheduleReview(String id, boolean wasMastered, boolean reviewing, boolean success) {
    boolean mastered = isMastered(id);
    if (mastered && !wasMastered) {
      reviewGap.put(id, config.firstReviewGap());
      reviewDueAt.put(id, items + config.firstReviewGap());
    } else if (mastered && reviewing && success) {
      int gap = reviewGap.merge(id, 2, (a, b) -> a * b);
      reviewDueAt.put(id, items + gap);
    } else if (!mastered) {
      reviewDueAt.remove(id);
    }
  }

  private void routeTo(String from, String prerequisite) {
    if (routes.getOrDefault(from, 0) >= config.maxRoutesPerSkill() || stuck.contains(prerequisite)) {
      return;
    }
    for (Remediation r : remediation) {
      if (r.skillId.equals(prerequisite)) {
        return; // already on the way there
      }
    }
    routes.merge(from, 1, Integer::sum);
    consecutiveErrors.put(from, 0);
    touched.add(prerequisite);
    remediation.push(new Remediation(prerequisite));
  }

  @Override
  public boolean isMastered(String skillId) {
    return model.mastery(skillId) >= config.threshold(skillId);
  }

  /** Skills that hit the per-skill item limit without mastery: shown to the teacher. */
  public Set<String> stuckSkills() {
    return Set.copyOf(stuck);
  }

  public int itemsGiven() {
    return items;
  }
}
