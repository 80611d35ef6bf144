package org.stepwise.teacher.leveling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites a text to a target grade with a {@link Rewriter} and verifies the result: the Flesch–Kincaid grade of a
 * proposal must be within {@link #TOLERANCE} grade of the target. A proposal that misses is sent back with the
 * measured grade, up to {@code maxAttempts} times; then the teacher is told the closest result and that it missed.
 */
public final class Leveler {

  public static final double TOLERANCE = 1.0;
  public static final int MIN_GRADE = 1;
  public static final int MAX_GRADE = 16;
  public static final int MAX_ATTEMPTS_LIMIT = 10;

  private final Rewriter rewriter;
  private final Readability readability;
  private final int maxAttempts;

  public Leveler(Rewriter rewriter, Readability readability, int maxAttempts) {
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
      throw new IllegalArgumentException("attempts: between 1 and " + MAX_ATTEMPTS_LIMIT);
    }
    this.rewriter = rewriter;
    this.readability = readability;
    this.maxAttempts = maxAttempts;
  }

  public LevelingResult level(String text, int targetGrade) {
    if (targetGrade < MIN_GRADE || targetGrade > MAX_GRADE) {
      throw new IllegalArgumentException("target grade: between " + MIN_GRADE + " and " + MAX_GRADE);
    }
    ReadabilityReport original = readability.measure(text);
    List<LevelingResult.Attempt> attempts = new ArrayList<>();
    String best = text;
    ReadabilityReport bestReport = original;
    boolean haveProposal = false;
    String feedback = "";
    for (int n = 1; n <= maxAttempts; n++) {
      String proposal;
      try {
        proposal = rewriter.rewrite(text, targetGrade, feedback);
      } catch (Rewriter.RewriteException e) {
        attempts.add(new LevelingResult.Attempt(n, null, "the model failed: " + e.getMessage()));
        return missed(targetGrade, best, bestReport, attempts, "The model could not rewrite the text ("
            + e.getMessage() + ").");
      }
      ReadabilityReport r;
      try {
        r = readability.measure(proposal);
      } catch (IllegalArgumentException e) {
        attempts.add(new LevelingResult.Attempt(n, null, "unusable proposal: " + e.getMessage()));
        feedback = "Your last answer could not be measured (" + e.getMessage() + "). Return only the rewritten text.";
        continue;
      }
      double grade = r.fleschKincaidGrade();
      attempts.add(new LevelingResult.Attempt(n, grade, null));
      if (Math.abs(grade - targetGrade) <= TOLERANCE) {
        return new LevelingResult(true, targetGrade, proposal, r, attempts,
            String.format(Locale.ROOT, "Rewritten to grade %.1f (target %d) in %d attempt%s.", grade, targetGrade, n,
                n == 1 ? "" : "s"));
      }
      if (!haveProposal || Math.abs(grade - targetGrade) < Math.abs(bestReport.fleschKincaidGrade() - targetGrade)) {
        haveProposal = true;
        best = proposal;
        bestReport = r;
      }
      feedback = String.format(Locale.ROOT,
          "Your last version measured grade %.1f but the target is grade %d. %s", grade, targetGrade,
          grade > targetGrade ? "Use shorter sentences and shorter, more common words."
              : "Use longer sentences and more precise vocabulary.");
    }
    return missed(targetGrade, best, bestReport, attempts, String.format(Locale.ROOT,
        "No version came within one grade of %d after %d attempts; the closest measured grade %.1f.", targetGrade,
        maxAttempts, bestReport.fleschKincaidGrade()));
  }

  private static LevelingResult missed(
      int target, String text, ReadabilityReport r, List<LevelingResult.Attempt> attempts, String message) {
    return new LevelingResult(false, target, text, r, attempts, message);
  }
}
