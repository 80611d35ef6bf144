package org.stepwise.math.solve;

import java.math.BigDecimal;
import org.stepwise.math.exact.Numeric;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;

/**
 * An exact real constant (a rational, or an expression in square roots of integers and pi). Rationals compare
 * exactly; irrational values are ordered by a 60-digit approximation, computed only when needed, once they are
 * known to differ exactly.
 */
public final class Real implements Comparable<Real> {

  private final RatFun value;
  private final Rational rational; // non-null when the value is rational
  private BigDecimal approx; // lazily computed; a benign race recomputes the same value

  private Real(RatFun value) {
    this.value = value;
    this.rational = value.isRational() ? value.rationalValue() : null;
  }

  public static Real of(RatFun value) {
    return new Real(value);
  }

  public static Real of(Rational r) {
    return new Real(RatFun.of(r));
  }

  public RatFun value() {
    return value;
  }

  /** The value when it is rational, else null. */
  public Rational rational() {
    return rational;
  }

  public BigDecimal approx() {
    BigDecimal a = approx;
    if (a == null) {
      a = rational != null ? rational.toBigDecimal(Numeric.MC) : Numeric.value(value);
      approx = a;
    }
    return a;
  }

  public boolean exactlyEquals(Real o) {
    if (rational != null && o.rational != null) return rational.equals(o.rational);
    return value.equivalentTo(o.value);
  }

  @Override
  public int compareTo(Real o) {
    if (rational != null && o.rational != null) return rational.compareTo(o.rational);
    if (exactlyEquals(o)) return 0;
    int c = approx().compareTo(o.approx());
    // Two different algebraic numbers of school size never agree to 60 digits; order by the approximation.
    return c != 0 ? c : value.toString().compareTo(o.value.toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Real r && exactlyEquals(r);
  }

  @Override
  public int hashCode() {
    return rational != null ? rational.hashCode() : 0;
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
