package org.stepwise.teacher.leveling;

import java.util.List;

/**
 * The outcome of leveling a text. When {@code withinTarget} is false, {@code text} is the attempt whose grade came
 * closest (or the original when no attempt was usable) and {@code message} says so in plain words.
 */
public record LevelingResult(
    boolean withinTarget, int targetGrade, String text, ReadabilityReport report, List<Attempt> attempts,
    String message) {

  public LevelingResult {
    attempts = List.copyOf(attempts);
  }

  /** One proposal of the rewriter and the grade measured on it (null when the rewriter failed). */
  public record Attempt(int number, Double measuredGrade, String problem) {}
}
