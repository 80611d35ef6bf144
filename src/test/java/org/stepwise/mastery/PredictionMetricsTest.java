package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PredictionMetricsTest {

  @Test
  void aucCountsCorrectlyOrderedPairs() {
    // Positives 0.35 and 0.8, negatives 0.1 and 0.4: of the 4 pairs, 3 are ordered right → 0.75.
    double[] p = {0.1, 0.4, 0.35, 0.8};
    boolean[] y = {false, false, true, true};
    assertThat(PredictionMetrics.auc(p, y)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void tiesCountHalf() {
    // Positives 0.5, 0.9; negatives 0.5, 0.2. Pairs: (0.5,0.5) tie = 0.5, (0.5,0.2) = 1, (0.9,*) = 2 → 3.5 / 4.
    double[] p = {0.5, 0.5, 0.2, 0.9};
    boolean[] y = {true, false, false, true};
    assertThat(PredictionMetrics.auc(p, y)).isCloseTo(0.875, within(1e-12));
  }

  @Test
  void constantPredictionsGiveOneHalf() {
    assertThat(PredictionMetrics.auc(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, true}))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void rmseIsTheRootOfTheBrierScore() {
    // errors 0.5 and 0 → sqrt(0.25 / 2)
    assertThat(PredictionMetrics.rmse(new double[] {0.5, 1.0}, new boolean[] {true, true}))
        .isCloseTo(Math.sqrt(0.125), within(1e-12));
  }

  @Test
  void oneClassOrMismatchedInputIsRejected() {
    assertThatThrownBy(() -> PredictionMetrics.auc(new double[] {0.2, 0.3}, new boolean[] {true, true}))
        .hasMessageContaining("both");
    assertThatThrownBy(() -> PredictionMetrics.rmse(new double[] {0.2}, new boolean[] {true, false}))
        .hasMessageContaining("length");
  }
}
