package org.stepwise.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Skills and their prerequisites. Construction rejects unknown prerequisites and cycles (naming the
 * cycle), so every graph that exists has a topological order.
 */
public final class SkillGraph {

  private final Map<String, Skill> skills;
  private final List<String> order;

  public SkillGraph(List<Skill> skillList) {
    Map<String, Skill> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Skill s : skillList) {
      if (byId.put(s.id(), s) != null) {
        problems.add("skill " + s.id() + ": id: defined twice");
      }
    }
    for (Skill s : byId.values()) {
      for (String p : s.prerequisites()) {
        if (!byId.containsKey(p)) {
          problems.add("skill " + s.id() + ": prerequisites: unknown skill '" + p + "'");
        } else if (p.equals(s.id())) {
          problems.add("skill " + s.id() + ": prerequisites: lists itself");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
    this.skills = Collections.unmodifiableMap(byId);
    this.order = topologicalOrder(byId);
  }

  /** Kahn's algorithm, taking ready skills in file order so the order is stable and readable. */
  private static List<String> topologicalOrder(Map<String, Skill> byId) {
    Map<String, Integer> missing = new HashMap<>();
    Map<String, List<String>> dependents = new HashMap<>();
    for (Skill s : byId.values()) {
      missing.put(s.id(), s.prerequisites().size());
      for (String p : s.prerequisites()) {
        dependents.computeIfAbsent(p, k -> new ArrayList<>()).add(s.id());
      }
    }
    List<String> out = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    boolean progress = true;
    while (progress) {
      progress = false;
      for (String id : byId.keySet()) {
        if (!done.contains(id) && missing.get(id) == 0) {
          done.add(id);
          out.add(id);
          for (String d : dependents.getOrDefault(id, List.of())) {
            missing.merge(d, -1, Integer::sum);
          }
          progress = true;
        }
      }
    }
    if (out.size() < byId.size()) {
      throw new ContentException("skills: prerequisites form a cycle: " + String.join(" -> ", findCycle(byId, done)));
    }
    return List.copyOf(out);
  }

  private static List<String> findCycle(Map<String, Skill> byId, Set<String> acyclic) {
    for (String start : byId.keySet()) {
      if (acyclic.contains(start)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      String at = start;
      // Every skill outside the ordered set has a prerequisite outside it, so walking always cycles.
      while (!path.contains(at)) {
        path.addLast(at);
        at = byId.get(at).prerequisites().stream().filter(p -> !acyclic.contains(p)).findFirst().orElseThrow();
      }
      List<String> cycle = new ArrayList<>(path);
      cycle = cycle.subList(cycle.indexOf(at), cycle.size());
      cycle.add(at);
      return cycle;
    }
    return List.of();
  }

  public Optional<Skill> skill(String id) {
    return Optional.ofNullable(skills.get(id));
  }

  public Set<String> ids() {
    return skills.keySet();
  }

  public int size() {
    return skills.size();
  }

  /** Every skill id, each after all of its prerequisites. */
  public List<String> topologicalOrder() {
    return order;
  }

  /** All direct and indirect prerequisites of {@code id}, in topological order, excluding {@code id}. */
  public List<String> prerequisiteClosure(String id) {
    if (!skills.containsKey(id)) {
      throw new IllegalArgumentException("unknown skill '" + id + "'");
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(skills.get(id).prerequisites());
    while (!todo.isEmpty()) {
      String p = todo.pop();
      if (seen.add(p)) {
        todo.addAll(skills.get(p).prerequisites());
      }
    }
    return order.stream().filter(seen::contains).toList();
  }

  /** Skills that list {@code id} as a direct prerequisite. */
  public List<String> dependents(String id) {
    return skills.values().stream().filter(s -> s.prerequisites().contains(id)).map(Skill::id).toList();
  }
}
