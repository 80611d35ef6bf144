package org.stepwise.mastery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline the adaptive policy is compared with: the assigned skills one after the other in prerequisite
 * order (as a textbook would), medium difficulty, each until the same mastery model declares it mastered or it
 * hits the same per-skill item limit. No prerequisite routing, no review.
 */
public final class FixedOrderPolicy implements PracticePolicy {
  private final SkillGraph graph;
  private final List<String> order;
  private final PolicyConfig config;
  private final MasteryModel model;
  private final Map<String, Integer> itemsOnSkill = new HashMap<>();
  private int position;
  private int items;

  public FixedOrderPolicy(SkillGraph graph, List<String> assignedSkills, PolicyConfig config, MasteryModel model) {
    assignedSkills.forEach(graph::skill);
    this.graph = graph;
    this.order = graph.inPrerequisiteOrder(Set.copyOf(assignedSkills));
    this.config = config;
    this.model = model;
  }

  @Override
  public Decision next() {
    if (items >= config.maxItems()) {
      return new Decision.Stop(Decision.StopReason.ITEM_LIMIT);
    }
    while (position < order.size()) {
      String id = order.get(position);
      if (!isMastered(id) && itemsOnSkill.getOrDefault(id, 0) < config.maxItemsPerSkill()) {
        List<Integer> levels = graph.skill(id).difficulties();
        return new Decision.Practice(id, levels.get((levels.size() - 1) / 2), Decision.Reason.LEARN);
      }
      position++;
    }
    boolean allMastered = order.stream().allMatch(this::isMastered);
    return new Decision.Stop(allMastered ? Decision.StopReason.ALL_MASTERED : Decision.StopReason.STUCK);
  }

  @Override
  public void record(Observation o) {
    items++;
    itemsOnSkill.merge(o.skillId(), 1, Integer::sum);
    model.observe(o);
  }

  @Override
  public boolean isMastered(String skillId) {
    return model.mastery(skillId) >= config.threshold(skillId);
  }
}
