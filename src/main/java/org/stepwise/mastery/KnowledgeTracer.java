package org.stepwise.mastery;

import java.util.List;
import java.util.function.Function;

/**
 * The knowledge-tracing predictor evaluated by {@code stepwise kt-eval}: a logistic regression over item,
 * skill and history features ({@link KtFeatureEncoder}), fitted by L-BFGS with L2 penalties, with
 * per-skill-set BKT as one of its inputs. Predicts a student's next answer from their earlier answers only.
 */
public final class KnowledgeTracer {
  private final KtFeatureEncoder encoder;
  private final double[] weights;

  private KnowledgeTracer(KtFeatureEncoder encoder, double[] weights) {
    this.encoder = encoder;
    this.weights = weights;
  }

  /** Fits on every response of the given students. */
  public static KnowledgeTracer fit(List<StudentSequence> train, KtConfig config) {
    if (train.isEmpty()) {
      throw new IllegalArgumentException("no training students");
    }
    int items = 0;
    int skillSets = 0;
    int skills = 0;
    for (StudentSequence s : train) {
      for (KtResponse r : s.responses()) {
        items = Math.max(items, r.item() + 1);
        skillSets = Math.max(skillSets, r.skillSet() + 1);
        for (int k = 0; k < r.skillCount(); k++) {
          skills = Math.max(skills, r.skill(k) + 1);
        }
      }
    }
    SkillSetBkt bkt = config.useBkt() ? SkillSetBkt.fit(train, BktFitter.standard()) : null;
    KtFeatureEncoder encoder = new KtFeatureEncoder(items, skillSets, skills, config, bkt);
    SparseRows rows = new SparseRows();
    FeatureVector v = new FeatureVector();
    for (StudentSequence s : train) {
      KtFeatureEncoder.StudentState state = encoder.newStudent();
      for (KtResponse r : s.responses()) {
        state.features(r, v);
        rows.add(v, r.correct());
        state.record(r);
      }
    }
    double[] l2 = encoder.penalties();
    double[] scale = jacobiScale(rows, l2);
    // Optimise over u with w = scale ∘ u: the same optimum, but each coordinate has a curvature near 1, so
    // L-BFGS does not crawl along the thousands of rarely-seen item weights.
    double[] u = new double[encoder.dimension()];
    double[] w = new double[u.length];
    new Lbfgs(10, config.maxIterations(), 1e-6).minimise((x, grad) -> {
      for (int j = 0; j < x.length; j++) {
        w[j] = x[j] * scale[j];
      }
      double f = logLoss(rows, l2, w, grad);
      for (int j = 0; j < x.length; j++) {
        grad[j] *= scale[j];
      }
      return f;
    }, u);
    double[] weights = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      weights[j] = u[j] * scale[j];
    }
    return new KnowledgeTracer(encoder, weights);
  }

  /**
   * Diagonal preconditioner: 1 / sqrt of an upper bound on each weight's curvature (a quarter of the mean
   * squared feature value, from the logistic loss, plus its L2 penalty).
   */
  private static double[] jacobiScale(SparseRows rows, double[] l2) {
    double[] curvature = new double[l2.length];
    double[] squares = new double[l2.length];
    for (int i = 0; i < rows.rows(); i++) {
      rows.addSquares(i, squares);
    }
    double[] scale = new double[l2.length];
    for (int j = 0; j < scale.length; j++) {
      curvature[j] = 0.25 * squares[j] / rows.rows() + l2[j];
      scale[j] = curvature[j] > 0 ? 1 / Math.sqrt(curvature[j]) : 1;
    }
    return scale;
  }

  /** Mean log-loss plus the L2 penalties, and its gradient. */
  private static double logLoss(SparseRows rows, double[] l2, double[] w, double[] grad) {
    java.util.Arrays.fill(grad, 0);
    double loss = 0;
    int n = rows.rows();
    for (int i = 0; i < n; i++) {
      double z = rows.dot(i, w);
      boolean y = rows.label(i);
      // log(1 + e^-z) for y=1, log(1 + e^z) for y=0, computed stably.
      double m = y ? -z : z;
      loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
      double p = sigmoid(z);
      rows.addScaled(i, (p - (y ? 1 : 0)) / n, grad);
    }
    loss /= n;
    for (int j = 0; j < w.length; j++) {
      loss += 0.5 * l2[j] * w[j] * w[j];
      grad[j] += l2[j] * w[j];
    }
    return loss;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** P(correct) of each response of the student, each from the responses before it only. */
  public double[] predict(StudentSequence student) {
    List<KtResponse> responses = student.responses();
    double[] out = new double[responses.size()];
    KtFeatureEncoder.StudentState state = encoder.newStudent();
    FeatureVector v = new FeatureVector();
    for (int t = 0; t < out.length; t++) {
      KtResponse r = responses.get(t);
      state.features(r, v);
      out[t] = sigmoid(v.dot(weights));
      state.record(r);
    }
    return out;
  }

  /** Predictions and outcomes of many students, concatenated in order. */
  public Evaluation evaluate(List<StudentSequence> students) {
    return Evaluation.of(students, this::predict);
  }

  /** Predictions with their outcomes; metrics computed on demand. */
  public record Evaluation(double[] predicted, boolean[] actual) {
    /** Runs any per-student predictor over the students and collects predictions with outcomes. */
    public static Evaluation of(List<StudentSequence> students, Function<StudentSequence, double[]> predictor) {
      int n = students.stream().mapToInt(s -> s.responses().size()).sum();
      double[] predicted = new double[n];
      boolean[] actual = new boolean[n];
      int at = 0;
      for (StudentSequence s : students) {
        double[] p = predictor.apply(s);
        for (int t = 0; t < p.length; t++) {
          predicted[at] = p[t];
          actual[at] = s.responses().get(t).correct();
          at++;
        }
      }
      return new Evaluation(predicted, actual);
    }

    public double auc() {
      return PredictionMetrics.auc(predicted, actual);
    }

    public double rmse() {
      return PredictionMetrics.rmse(predicted, actual);
    }

    public double logLoss() {
      return PredictionMetrics.logLoss(predicted, actual);
    }

    public int size() {
      return predicted.length;
    }
  }
}
