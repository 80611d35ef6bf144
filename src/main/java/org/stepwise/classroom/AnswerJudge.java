package org.stepwise.classroom;

/**
 * Decides an attempt's verdict. The web layer calls it before storing an attempt; the implementation backed by the
 * math engine and the content's item templates is wired in by {@code ServeCommand} once those exist.
 */
@FunctionalInterface
public interface AnswerJudge {
  /** The verdict and the feedback the student is shown. */
  record Judgement(Verdict verdict, String feedback) {}

  Judgement judge(String skillId, long itemSeed, String statement, String answer);

  /**
   * Used while no engine is wired: the attempt is kept, marked {@link Verdict#PENDING}, and the student is told
   * plainly that it was saved but not checked. Pending attempts never count as right.
   */
  AnswerJudge UNAVAILABLE =
      (skill, seed, statement, answer) -> new Judgement(Verdict.PENDING, "Saved. Checking is not available yet.");
}
