package org.stepwise.mastery;

import java.util.Arrays;

/** AUC (ties get average ranks, as in scikit-learn's roc_auc_score) and RMSE of probability predictions. */
public final class PredictionMetrics {
  private PredictionMetrics() {}

  /** Area under the ROC curve; undefined (IllegalArgumentException) when only one class is present. */
  public static double auc(double[] predicted, boolean[] actual) {
    checkSameLength(predicted, actual);
    int n = predicted.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
    double positiveRankSum = 0;
    long positives = 0;
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
        j++;
      }
      double averageRank = (i + j) / 2.0 + 1; // ranks are 1-based
      for (int k = i; k <= j; k++) {
        if (actual[order[k]]) {
          positiveRankSum += averageRank;
          positives++;
        }
      }
      i = j + 1;
    }
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("AUC needs both correct and incorrect responses");
    }
    return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Root mean squared error between predicted probabilities and 0/1 outcomes (the square root of the Brier score). */
  public static double rmse(double[] predicted, boolean[] actual) {
    checkSameLength(predicted, actual);
    if (predicted.length == 0) {
      throw new IllegalArgumentException("RMSE of no predictions");
    }
    double sum = 0;
    for (int i = 0; i < predicted.length; i++) {
      double e = predicted[i] - (actual[i] ? 1 : 0);
      sum += e * e;
    }
    return Math.sqrt(sum / predicted.length);
  }

  /** Mean negative log-likelihood, used to compare models in cross-validation. */
  public static double logLoss(double[] predicted, boolean[] actual) {
    checkSameLength(predicted, actual);
    double sum = 0;
    for (int i = 0; i < predicted.length; i++) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, predicted[i]));
      sum -= actual[i] ? Math.log(p) : Math.log(1 - p);
    }
    return sum / predicted.length;
  }

  private static void checkSameLength(double[] predicted, boolean[] actual) {
    if (predicted.length != actual.length) {
      throw new IllegalArgumentException("predictions and outcomes differ in length");
    }
  }
}
