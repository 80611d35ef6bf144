package org.stepwise.math.solve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.exact.Rational;

/** Helpers for splitting the real line at critical points. */
final class Pieces {

  private Pieces() {}

  static List<Real> sortedDistinct(List<Real> values) {
    List<Real> sorted = new ArrayList<>(values);
    sorted.sort(Real::compareTo);
    List<Real> out = new ArrayList<>();
    for (Real r : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).exactlyEquals(r)) out.add(r);
    }
    return out;
  }

  /** A rational strictly inside the open gap (a, b); null ends are infinite. */
  static Rational sample(Real a, Real b) {
    if (a == null && b == null) return Rational.ZERO;
    if (a != null && b != null && a.rational() != null && b.rational() != null) {
      return a.rational().add(b.rational()).divide(Rational.TWO);
    }
    if (a == null && b.rational() != null) return floor(b.rational()).subtract(Rational.ONE);
    if (b == null && a.rational() != null) return floor(a.rational()).add(Rational.ONE);
    if (a == null) return floor(b.approx()).subtract(Rational.ONE);
    if (b == null) return floor(a.approx()).add(Rational.ONE);
    BigDecimal mid = a.approx().add(b.approx()).divide(BigDecimal.TWO);
    // round the midpoint to a short decimal that is still strictly inside
    for (int scale = 0; scale < 55; scale++) {
      BigDecimal r = mid.setScale(scale, RoundingMode.HALF_EVEN);
      if (r.compareTo(a.approx()) > 0 && r.compareTo(b.approx()) < 0) return Rational.ofDecimal(r.toPlainString());
    }
    return Rational.ofDecimal(mid.toPlainString());
  }

  private static Rational floor(Rational r) {
    java.math.BigInteger[] qr = r.num().divideAndRemainder(r.den());
    java.math.BigInteger q = qr[0];
    if (qr[1].signum() < 0) q = q.subtract(java.math.BigInteger.ONE);
    return Rational.of(q);
  }

  private static Rational floor(BigDecimal d) {
    return Rational.of(d.setScale(0, RoundingMode.FLOOR).toBigIntegerExact());
  }
}
