package org.stepwise.mastery;

import java.util.Arrays;

/**
 * One first-attempt response in a knowledge-tracing sequence.
 *
 * @param item     item (problem) index, {@code >= 0}
 * @param skillSet knowledge-component index used for per-skill BKT (a skill, or a combination of skills)
 * @param skills   the individual skills the item exercises (each {@code >= 0}); never empty
 * @param correct  right on the first attempt without a hint
 */
public record KtResponse(int item, int skillSet, int[] skills, boolean correct) {
  public KtResponse {
    if (item < 0 || skillSet < 0) {
      throw new IllegalArgumentException("item and skill-set ids must be >= 0");
    }
    if (skills == null || skills.length == 0) {
      throw new IllegalArgumentException("a response needs at least one skill");
    }
    skills = skills.clone();
    for (int s : skills) {
      if (s < 0) {
        throw new IllegalArgumentException("skill ids must be >= 0");
      }
    }
  }

  @Override
  public int[] skills() {
    return skills.clone();
  }

  /** Read-only access without a copy, for the hot loops of fitting. */
  int skill(int i) {
    return skills[i];
  }

  int skillCount() {
    return skills.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KtResponse r
        && r.item == item && r.skillSet == skillSet && r.correct == correct && Arrays.equals(r.skills, skills);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * (31 * item + skillSet) + Arrays.hashCode(skills)) + (correct ? 1 : 0);
  }

  @Override
  public String toString() {
    return "KtResponse[item=" + item + ", skillSet=" + skillSet + ", skills=" + Arrays.toString(skills)
        + ", correct=" + correct + "]";
  }
}
