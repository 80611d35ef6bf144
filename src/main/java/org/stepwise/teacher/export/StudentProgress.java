package org.stepwise.teacher.export;

import java.util.List;
import java.util.Optional;

/**
 * What a parent note is drafted from: one student's practice over a period. Mastery values are probabilities in
 * [0, 1] from the mastery model; the note turns them into words.
 *
 * @param periodLabel     how the period reads in a sentence ("this week", "since 3 March")
 * @param misconception   the misconception label the student showed most in the period, if any
 */
public record StudentProgress(
    String givenName,
    String periodLabel,
    int daysActive,
    int minutesPracticed,
    int itemsAnswered,
    int assignmentsCompleted,
    int assignmentsAssigned,
    List<SkillProgress> skills,
    Optional<String> misconception) {

  public StudentProgress {
    skills = List.copyOf(skills);
    if (givenName == null || givenName.isBlank()) {
      throw new IllegalArgumentException("given name: required");
    }
    if (daysActive < 0 || minutesPracticed < 0 || itemsAnswered < 0 || assignmentsCompleted < 0
        || assignmentsAssigned < assignmentsCompleted) {
      throw new IllegalArgumentException("practice counts must be non-negative and completed <= assigned");
    }
  }

  public record SkillProgress(String skillName, double masteryBefore, double masteryNow) {
    public SkillProgress {
      if (masteryBefore < 0 || masteryBefore > 1 || masteryNow < 0 || masteryNow > 1) {
        throw new IllegalArgumentException(skillName + ": mastery must be in [0, 1]");
      }
    }
  }
}
