package org.stepwise.mastery;

import java.util.Arrays;

/** Rows of sparse feature vectors stored flat (compressed sparse rows), with their 0/1 labels. */
final class SparseRows {
  private int[] rowStart = new int[1024];
  private int[] index = new int[16384];
  private float[] value = new float[16384];
  private boolean[] label = new boolean[1024];
  private int rows;
  private int nonZeros;

  void add(FeatureVector v, boolean correct) {
    if (rows + 2 > rowStart.length) {
      rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
      label = Arrays.copyOf(label, label.length * 2);
    }
    if (nonZeros + v.size() > index.length) {
      int capacity = Math.max(index.length * 2, nonZeros + v.size());
      index = Arrays.copyOf(index, capacity);
      value = Arrays.copyOf(value, capacity);
    }
    for (int k = 0; k < v.size(); k++) {
      index[nonZeros] = v.index(k);
      value[nonZeros] = v.value(k);
      nonZeros++;
    }
    label[rows] = correct;
    rows++;
    rowStart[rows] = nonZeros;
  }

  int rows() {
    return rows;
  }

  boolean label(int row) {
    return label[row];
  }

  double dot(int row, double[] w) {
    double z = 0;
    for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
      z += w[index[k]] * value[k];
    }
    return z;
  }

  /** Adds each stored value's square to {@code target} at its index. */
  void addSquares(int row, double[] target) {
    for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
      target[index[k]] += (double) value[k] * value[k];
    }
  }

  void addScaled(int row, double a, double[] target) {
    for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
      target[index[k]] += a * value[k];
    }
  }
}
