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

  /** The grid searched around a configuration: each setting one step either side, and the BKT feature toggled. */
  public static List<KtConfig> grid(KtConfig base) {
    List<KtConfig> grid = new ArrayList<>();
    grid.add(base);
    for (double itemL2 : new double[] {base.itemL2() / 3, base.itemL2() * 3}) {
      grid.add(base.withItemL2(itemL2));
    }
    for (double otherL2 : new double[] {base.otherL2() / 10, base.otherL2() * 10}) {
      grid.add(base.withOtherL2(otherL2));
    }
    for (int window : new int[] {3, 10}) {
      grid.add(base.withWindow(window));
    }
    grid.add(base.withBkt(!base.useBkt()));
    return grid;
  }
}
