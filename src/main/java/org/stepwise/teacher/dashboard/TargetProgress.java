package org.stepwise.teacher.dashboard;

import java.util.List;

/** A student's progress towards an assignment's target: which of its skills are at the target mastery. */
public record TargetProgress(String studentId, int skillsAtTarget, int skills, List<String> skillsBelowTarget) {

  public TargetProgress {
    skillsBelowTarget = List.copyOf(skillsBelowTarget);
  }

  public double fraction() {
    return skills == 0 ? 1.0 : (double) skillsAtTarget / skills;
  }
}
