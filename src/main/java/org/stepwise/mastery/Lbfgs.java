package org.stepwise.mastery;

/**
 * Limited-memory BFGS minimiser with a backtracking (Armijo) line search, for smooth convex objectives such as
 * L2-regularised logistic regression. Small and dependency-free; the objective supplies value and gradient.
 */
final class Lbfgs {
  /** Computes the objective at {@code x}, writes its gradient into {@code grad} and returns the value. */
  interface Objective {
    double evaluate(double[] x, double[] grad);
  }

  private final int memory;
  private final int maxIterations;
  private final double gradientTolerance;

  Lbfgs(int memory, int maxIterations, double gradientTolerance) {
    this.memory = memory;
    this.maxIterations = maxIterations;
    this.gradientTolerance = gradientTolerance;
  }

  /** Minimises from {@code x} in place; returns the number of iterations used. */
  int minimise(Objective f, double[] x) {
    int n = x.length;
    double[][] s = new double[memory][n];
    double[][] y = new double[memory][n];
    double[] rho = new double[memory];
    double[] alpha = new double[memory];
    double[] g = new double[n];
    double[] gNew = new double[n];
    double[] d = new double[n];
    double[] xNew = new double[n];
    double fx = f.evaluate(x, g);
    int stored = 0;
    int head = 0;
    int iter = 0;
    for (; iter < maxIterations; iter++) {
      if (norm(g) < gradientTolerance) {
        break;
      }
      // Two-loop recursion: d = -H g.
      System.arraycopy(g, 0, d, 0, n);
      for (int k = 0; k < stored; k++) {
        int i = Math.floorMod(head - 1 - k, memory);
        alpha[i] = rho[i] * dot(s[i], d);
        axpy(-alpha[i], y[i], d);
      }
      if (stored > 0) {
        int last = Math.floorMod(head - 1, memory);
        scale(d, dot(s[last], y[last]) / dot(y[last], y[last]));
      } else {
        scale(d, 1 / Math.max(1, norm(g)));
      }
      for (int k = stored - 1; k >= 0; k--) {
        int i = Math.floorMod(head - 1 - k, memory);
        double beta = rho[i] * dot(y[i], d);
        axpy(alpha[i] - beta, s[i], d);
      }
      scale(d, -1);
      double slope = dot(g, d);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        for (int j = 0; j < n; j++) {
          d[j] = -g[j];
        }
        slope = dot(g, d);
        stored = 0;
      }
      double step = 1;
      double fNew;
      int tries = 0;
      while (true) {
        for (int j = 0; j < n; j++) {
          xNew[j] = x[j] + step * d[j];
        }
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope || ++tries > 30) {
          break;
        }
        step *= 0.5;
      }
      if (tries > 30) {
        break; // no progress possible at machine precision
      }
      double[] si = s[head];
      double[] yi = y[head];
      for (int j = 0; j < n; j++) {
        si[j] = xNew[j] - x[j];
        yi[j] = gNew[j] - g[j];
      }
      double sy = dot(si, yi);
      if (sy > 1e-12) {
        rho[head] = 1 / sy;
        head = (head + 1) % memory;
        stored = Math.min(stored + 1, memory);
      }
      double improvement = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (improvement < 1e-10 * Math.max(1, Math.abs(fx))) {
        iter++;
        break;
      }
    }
    return iter;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }
}
