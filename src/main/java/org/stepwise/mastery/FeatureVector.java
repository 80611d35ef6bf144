package org.stepwise.mastery;

import java.util.Arrays;

/** A reusable sparse vector (index, value) pairs; indices may repeat (they add up). */
final class FeatureVector {
  private int[] index = new int[64];
  private float[] value = new float[64];
  private int size;

  void clear() {
    size = 0;
  }

  void put(int i, double v) {
    if (v == 0) {
      return;
    }
    if (size == index.length) {
      index = Arrays.copyOf(index, size * 2);
      value = Arrays.copyOf(value, size * 2);
    }
    index[size] = i;
    value[size] = (float) v;
    size++;
  }

  int size() {
    return size;
  }

  int index(int k) {
    return index[k];
  }

  float value(int k) {
    return value[k];
  }

  double dot(double[] w) {
    double z = 0;
    for (int k = 0; k < size; k++) {
      z += w[index[k]] * value[k];
    }
    return z;
  }
}
