package org.stepwise.mastery;

import java.util.List;

/**
 * Fits {@link BktParams} to answer sequences by expectation–maximisation (Baum–Welch).
 *
 * <p>Guess and slip are bounded (default ≤ 0.3) as is usual for BKT: without bounds EM can swap the meaning of
 * the two states ("known" students answering worse) or explain everything with guessing.
 */
public final class BktFitter {
  private final int maxIterations;
  private final double tolerance;
  private final double maxGuess;
  private final double maxSlip;
  private final boolean fitForgetting;

  public BktFitter(int maxIterations, double tolerance, double maxGuess, double maxSlip, boolean fitForgetting) {
    if (maxIterations < 1 || tolerance <= 0 || maxGuess <= 0 || maxSlip <= 0 || maxGuess + maxSlip >= 1) {
      throw new IllegalArgumentException("bad BKT fitter settings");
    }
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
    this.maxGuess = maxGuess;
    this.maxSlip = maxSlip;
    this.fitForgetting = fitForgetting;
  }

  /** 100 iterations, bounds 0.3 on guess and slip, no forgetting. */
  public static BktFitter standard() {
    return new BktFitter(100, 1e-5, 0.3, 0.3, false);
  }

  /**
   * Fits one skill.
   *
   * @param sequences each student's answers on this skill in order (true = right)
   * @param start     starting point of EM
   */
  public BktParams fit(List<boolean[]> sequences, BktParams start) {
    // EM cannot move a transition probability away from exactly 0, so forgetting starts slightly above it.
    BktParams p = fitForgetting && start.pForget() == 0
        ? new BktParams(start.pInit(), start.pLearn(), start.pSlip(), start.pGuess(), 0.02)
        : start;
    double previousLogLik = Double.NEGATIVE_INFINITY;
    for (int iter = 0; iter < maxIterations; iter++) {
      Accumulator acc = new Accumulator();
      for (boolean[] seq : sequences) {
        if (seq.length > 0) {
          acc.add(p, seq);
        }
      }
      if (acc.sequences == 0) {
        return start;
      }
      p = acc.maximise(p);
      if (acc.logLik - previousLogLik < tolerance * Math.max(1, Math.abs(acc.logLik))) {
        break;
      }
      previousLogLik = acc.logLik;
    }
    return p;
  }

  /** Expected sufficient statistics of one E-step. */
  private final class Accumulator {
    double sequences;
    double initKnown;
    double learnNum;
    double learnDen;
    double forgetNum;
    double forgetDen;
    double guessNum;
    double guessDen;
    double slipNum;
    double slipDen;
    double logLik;

    void add(BktParams p, boolean[] obs) {
      int n = obs.length;
      double[] fwd = new double[n]; // P(known at t | obs[0..t]) — filtered
      double[] prior = new double[n]; // P(known at t | obs[0..t-1])
      double pk = p.pInit();
      for (int t = 0; t < n; t++) {
        prior[t] = pk;
        double pc = p.pCorrect(pk);
        logLik += Math.log(obs[t] ? pc : 1 - pc);
        fwd[t] = p.posterior(pk, obs[t]);
        pk = fwd[t] * (1 - p.pForget()) + (1 - fwd[t]) * p.pLearn();
      }
      // Backward pass (Rauch–Tung–Striebel style smoothing for a two-state chain).
      double smoothedNext = fwd[n - 1];
      accumulateEmission(obs[n - 1], smoothedNext);
      for (int t = n - 2; t >= 0; t--) {
        double f = fwd[t];
        double pr = prior[t + 1];
        // Joint P(state_t = a, state_{t+1} = b | all obs) for the four pairs.
        double kk = f * (1 - p.pForget()) * safeDiv(smoothedNext, pr);
        double uk = (1 - f) * p.pLearn() * safeDiv(smoothedNext, pr);
        double ku = f * p.pForget() * safeDiv(1 - smoothedNext, 1 - pr);
        double uu = (1 - f) * (1 - p.pLearn()) * safeDiv(1 - smoothedNext, 1 - pr);
        double smoothed = kk + ku;
        learnNum += uk;
        learnDen += uk + uu;
        forgetNum += ku;
        forgetDen += kk + ku;
        accumulateEmission(obs[t], smoothed);
        smoothedNext = smoothed;
      }
      initKnown += smoothedNext;
      sequences++;
    }

    private void accumulateEmission(boolean correct, double known) {
      slipDen += known;
      guessDen += 1 - known;
      if (correct) {
        guessNum += 1 - known;
      } else {
        slipNum += known;
      }
    }

    BktParams maximise(BktParams old) {
      double init = clamp(initKnown / sequences, 1e-4, 1 - 1e-4);
      double learn = learnDen > 0 ? clamp(learnNum / learnDen, 1e-4, 1 - 1e-4) : old.pLearn();
      double forget = fitForgetting && forgetDen > 0 ? clamp(forgetNum / forgetDen, 0, 0.5) : old.pForget();
      double guess = guessDen > 0 ? clamp(guessNum / guessDen, 1e-4, maxGuess) : old.pGuess();
      double slip = slipDen > 0 ? clamp(slipNum / slipDen, 1e-4, maxSlip) : old.pSlip();
      return new BktParams(init, learn, slip, guess, forget);
    }
  }

  private static double safeDiv(double a, double b) {
    return b <= 1e-300 ? 0 : a / b;
  }

  private static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }
}
