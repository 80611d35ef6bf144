package org.stepwise.mastery;

import java.util.ArrayList;
import java.util.List;

/**
 * Student-level 5-fold cross-validation inside the training students (their {@code fold} field), used to
 * choose {@link KtConfig}. The test students are never seen here.
 */
public final class KtCrossValidation {
  private KtCrossValidation() {}

  /** Pooled out-of-fold predictions of the five folds. */
  public static KnowledgeTracer.Evaluation evaluate(List<StudentSequence> train, KtConfig config) {
    List<double[]> predicted = new ArrayList<>();
    List<boolean[]> actual = new ArrayList<>();
    for (int fold = 0; fold < 5; fold++) {
      List<StudentSequence> fitOn = new ArrayList<>();
      List<StudentSequence> heldOut = new ArrayList<>();
      for (StudentSequence s : train) {
        (s.fold() == fold ? heldOut : fitOn).add(s);
      }
      if (heldOut.isEmpty() || fitOn.isEmpty()) {
        continue;
      }
      KnowledgeTracer.Evaluation e = KnowledgeTracer.fit(fitOn, config).evaluate(heldOut);
      predicted.add(e.predicted());
      actual.add(e.actual());
    }
    int n = predicted.stream().mapToInt(p -> p.length).sum();
    double[] p = new double[n];
    boolean[] a = new boolean[n];
    int at = 0;
    for (int i = 0; i < predicted.size(); i++) {
      System.arraycopy(predicted.get(i), 0, p, at, predicted.get(i).length);
      System.arraycopy(actual.get(i), 0, a, at, actual.get(i).length);
      at += predicted.get(i).length;
    }
    return new KnowledgeTracer.Evaluation(p, a);
  }

  /** The grid searched: item penalty, other penalty, window length, with and without the BKT feature. */
  public static List<KtConfig> grid(KtConfig base) {
    List<KtConfig> grid = new ArrayList<>();
    for (double itemL2 : new double[] {3e-5, 1e-4, 3e-4}) {
      grid.add(base.withItemL2(itemL2));
    }
    for (double otherL2 : new double[] {1e-7, 1e-5}) {
      grid.add(base.withOtherL2(otherL2));
    }
    for (int window : new int[] {3, 10}) {
      grid.add(base.withWindow(window));
    }
    grid.add(base.withBkt(false));
    return grid;
  }
}
