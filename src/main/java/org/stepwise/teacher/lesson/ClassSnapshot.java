package org.stepwise.teacher.lesson;

import java.util.Map;

/**
 * What the lesson planner knows about a class for one skill: how often each misconception label showed in its
 * students' answers, and how many students are at each mastery level. The web layer builds it from its store.
 */
public record ClassSnapshot(Map<String, Integer> misconceptionCounts, MasteryDistribution mastery) {

  public ClassSnapshot {
    misconceptionCounts = Map.copyOf(misconceptionCounts);
    misconceptionCounts.forEach((k, v) -> {
      if (v < 0) {
        throw new IllegalArgumentException("misconception " + k + ": negative count");
      }
    });
  }

  /** Students of the class by mastery band for the skill. */
  public record MasteryDistribution(int notStarted, int learning, int nearlyThere, int mastered) {
    public MasteryDistribution {
      if (notStarted < 0 || learning < 0 || nearlyThere < 0 || mastered < 0) {
        throw new IllegalArgumentException("mastery counts cannot be negative");
      }
    }

    public int students() {
      return notStarted + learning + nearlyThere + mastered;
    }
  }
}
