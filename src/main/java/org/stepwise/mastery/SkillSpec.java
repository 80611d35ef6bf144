package org.stepwise.mastery;

import java.util.List;

/**
 * A skill as the mastery policy sees it. The content engineer's skills graph is adapted to these records.
 *
 * @param id            stable skill id
 * @param prerequisites ids of the skills it builds on
 * @param difficulties  the difficulty levels that have items (e.g. 1, 2, 3), ascending, non-empty
 */
public record SkillSpec(String id, List<String> prerequisites, List<Integer> difficulties) {
  public SkillSpec {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a skill needs an id");
    }
    prerequisites = List.copyOf(prerequisites);
    if (prerequisites.contains(id)) {
      throw new IllegalArgumentException("skill " + id + " cannot be its own prerequisite");
    }
    difficulties = difficulties.stream().distinct().sorted().toList();
    if (difficulties.isEmpty() || difficulties.get(0) < 1) {
      throw new IllegalArgumentException("skill " + id + " needs difficulty levels >= 1");
    }
  }

  /** Levels 1, 2 and 3. */
  public static SkillSpec of(String id, String... prerequisites) {
    return new SkillSpec(id, List.of(prerequisites), List.of(1, 2, 3));
  }
}
