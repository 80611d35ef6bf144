package org.stepwise.math.solve;

import java.math.BigDecimal;
import org.stepwise.math.exact.Numeric;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;

/**
 * An exact real constant (a rational, or an expression in square roots of integers and pi) with a 60-digit
 * approximation used only to order two values already known to differ.
 */
public record Real(RatFun value, BigDecimal approx) implements Comparable<Real> {

  public static Real of(RatFun value) {
    return new Real(value, Numeric.value(value));
  }

  public static Real of(Rational r) {
    return new Real(RatFun.of(r), r.toBigDecimal(Numeric.MC));
  }

  public boolean exactlyEquals(Real o) {
    return value.equivalentTo(o.value);
  }

  @Override
  public int compareTo(Real o) {
    if (exactlyEquals(o)) return 0;
    int c = approx.compareTo(o.approx);
    // Two different algebraic numbers of school size never agree to 60 digits; order by the approximation.
    return c != 0 ? c : value.toString().compareTo(o.value.toString());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
