package org.stepwise.math.solve;

import java.util.List;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;

/** Exact value of a polynomial at {@code x = value}, by Horner's rule over its coefficients in x. */
public final class Substitution {

  private Substitution() {}

  public static RatFun at(Poly p, String x, RatFun value) {
    List<Poly> c = p.coefficientsIn(x);
    RatFun acc = RatFun.ZERO;
    for (int i = c.size() - 1; i >= 0; i--) {
      acc = acc.multiply(value).add(RatFun.of(c.get(i)));
    }
    return acc;
  }

  public static RatFun at(RatFun f, String x, RatFun value) {
    return at(f.num(), x, value).divide(at(f.den(), x, value));
  }
}
