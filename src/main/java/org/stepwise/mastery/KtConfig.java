package org.stepwise.mastery;

/**
 * Settings of the knowledge-tracing predictor; the defaults were chosen by 5-fold cross-validation on the
 * train students (see docs/BENCHMARKS.md, "Knowledge tracing").
 *
 * @param itemL2     L2 penalty on the per-item difficulty weights (shrinks rare items toward their skill)
 * @param otherL2    L2 penalty on all other weights
 * @param window     number of recent answers on the same skill set summarised as features
 * @param useBkt     add per-skill-set BKT's predicted probability (as a logit) as a feature
 * @param maxIterations L-BFGS iteration cap
 */
public record KtConfig(double itemL2, double otherL2, int window, boolean useBkt, int maxIterations) {
  public static final KtConfig DEFAULT = new KtConfig(1e-5, 1e-5, 5, true, 150);

  public KtConfig {
    if (itemL2 < 0 || otherL2 < 0 || window < 1 || window > 50 || maxIterations < 1) {
      throw new IllegalArgumentException("bad knowledge-tracing settings");
    }
  }

  public KtConfig withItemL2(double v) {
    return new KtConfig(v, otherL2, window, useBkt, maxIterations);
  }

  public KtConfig withOtherL2(double v) {
    return new KtConfig(itemL2, v, window, useBkt, maxIterations);
  }

  public KtConfig withWindow(int v) {
    return new KtConfig(itemL2, otherL2, v, useBkt, maxIterations);
  }

  public KtConfig withBkt(boolean v) {
    return new KtConfig(itemL2, otherL2, window, v, maxIterations);
  }
}
