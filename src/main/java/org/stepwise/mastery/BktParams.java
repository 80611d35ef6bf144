package org.stepwise.mastery;

/**
 * Parameters of Bayesian Knowledge Tracing for one skill: a two-state hidden Markov model
 * (the skill is known or not) observed through right/wrong answers.
 *
 * @param pInit   P(known) before the first item
 * @param pLearn  P(unknown → known) after each item
 * @param pSlip   P(wrong | known)
 * @param pGuess  P(right | unknown)
 * @param pForget P(known → unknown) after each item; 0 for classic BKT
 */
public record BktParams(double pInit, double pLearn, double pSlip, double pGuess, double pForget) {
  /** Used when a skill has no fitted parameters yet (values typical of fitted tutoring data). */
  public static final BktParams DEFAULT = new BktParams(0.3, 0.15, 0.1, 0.2, 0.0);

  public BktParams {
    check("pInit", pInit);
    check("pLearn", pLearn);
    check("pSlip", pSlip);
    check("pGuess", pGuess);
    check("pForget", pForget);
    // Above this the "known" state would answer worse than the "unknown" one and the model is meaningless.
    if (pSlip + pGuess >= 1) {
      throw new IllegalArgumentException("pSlip + pGuess must be < 1");
    }
  }

  private static void check(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability, was " + p);
    }
  }

  /** P(right answer) given P(known) before the item. */
  public double pCorrect(double pKnown) {
    return pKnown * (1 - pSlip) + (1 - pKnown) * pGuess;
  }

  /** P(known) after seeing an answer (Bayes), before the learning transition. */
  public double posterior(double pKnown, boolean correct) {
    double known = pKnown * (correct ? 1 - pSlip : pSlip);
    double unknown = (1 - pKnown) * (correct ? pGuess : 1 - pGuess);
    return known / (known + unknown);
  }

  /** P(known) before the next item: posterior after the answer, then learning and forgetting. */
  public double next(double pKnown, boolean correct) {
    double post = posterior(pKnown, correct);
    return post * (1 - pForget) + (1 - post) * pLearn;
  }
}
