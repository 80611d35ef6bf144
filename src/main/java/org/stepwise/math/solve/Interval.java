package org.stepwise.math.solve;

/** An interval of the real line; a {@code null} end is infinite. A single point is a closed interval [a, a]. */
public record Interval(Real lo, boolean loClosed, Real hi, boolean hiClosed) {

  public boolean isPoint() {
    return lo != null && hi != null && lo.exactlyEquals(hi);
  }

  @Override
  public String toString() {
    if (isPoint()) return "{" + lo + "}";
    return (loClosed ? "[" : "(") + (lo == null ? "-inf" : lo) + ", " + (hi == null ? "inf" : hi) + (hiClosed ? "]" : ")");
  }
}
