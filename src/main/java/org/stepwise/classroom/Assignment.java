package org.stepwise.classroom;

import java.time.LocalDate;
import java.util.List;

/** Practice a teacher set for a class: skills to reach {@code targetMastery} in by {@code dueDate} (may be null). */
public record Assignment(
    long id, long classId, String title, LocalDate dueDate, double targetMastery, List<String> skillIds) {

  public Assignment {
    skillIds = List.copyOf(skillIds);
  }
}
