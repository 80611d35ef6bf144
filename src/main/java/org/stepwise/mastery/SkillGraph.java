package org.stepwise.mastery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Skills with their prerequisites; checked on construction: ids unique, prerequisites present, no cycle. */
public final class SkillGraph {
  private final Map<String, SkillSpec> skills;
  private final List<String> topologicalOrder;

  public SkillGraph(Collection<SkillSpec> specs) {
    Map<String, SkillSpec> byId = new LinkedHashMap<>();
    for (SkillSpec s : specs) {
      if (byId.put(s.id(), s) != null) {
        throw new IllegalArgumentException("duplicate skill id " + s.id());
      }
    }
    for (SkillSpec s : specs) {
      for (String p : s.prerequisites()) {
        if (!byId.containsKey(p)) {
          throw new IllegalArgumentException("skill " + s.id() + " has unknown prerequisite " + p);
        }
      }
    }
    this.skills = byId;
    this.topologicalOrder = topologicalOrder(byId);
  }

  private static List<String> topologicalOrder(Map<String, SkillSpec> byId) {
    List<String> order = new ArrayList<>();
    Map<String, Integer> mark = new HashMap<>(); // 1 = on the current path, 2 = done
    for (String id : byId.keySet()) {
      visit(id, byId, mark, order);
    }
    return List.copyOf(order);
  }

  private static void visit(String id, Map<String, SkillSpec> byId, Map<String, Integer> mark, List<String> order) {
    Integer m = mark.get(id);
    if (m != null) {
      if (m == 1) {
        throw new IllegalArgumentException("prerequisite cycle through skill " + id);
      }
      return;
    }
    mark.put(id, 1);
    for (String p : byId.get(id).prerequisites()) {
      visit(p, byId, mark, order);
    }
    mark.put(id, 2);
    order.add(id);
  }

  public SkillSpec skill(String id) {
    SkillSpec s = skills.get(id);
    if (s == null) {
      throw new IllegalArgumentException("unknown skill " + id);
    }
    return s;
  }

  public boolean contains(String id) {
    return skills.containsKey(id);
  }

  /** All skills, each after its prerequisites. */
  public List<String> topologicalOrder() {
    return topologicalOrder;
  }

  /** The given skills sorted so that prerequisites come first (ties keep graph order). */
  public List<String> inPrerequisiteOrder(Collection<String> ids) {
    return topologicalOrder.stream().filter(ids::contains).toList();
  }
}
