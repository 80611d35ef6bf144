package org.stepwise.teacher.dashboard;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer as the dashboard needs it. The store maps its attempts to these (no database types here).
 *
 * @param hintLadderLength rungs the item's hint ladder has (0 when unknown); hints are exhausted when
 *                         {@code hintsUsed >= hintLadderLength}
 * @param misconception    label the engine diagnosed for a wrong answer, or null
 */
public record AttemptRecord(
    String studentId, String skillId, Instant at, boolean correct, int hintsUsed, int hintLadderLength,
    String misconception) {

  public AttemptRecord {
    Objects.requireNonNull(studentId, "studentId");
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(at, "at");
    if (hintsUsed < 0 || hintLadderLength < 0) {
      throw new IllegalArgumentException("hint counts cannot be negative");
    }
  }

  boolean hintsExhausted() {
    return hintLadderLength > 0 && hintsUsed >= hintLadderLength;
  }
}
