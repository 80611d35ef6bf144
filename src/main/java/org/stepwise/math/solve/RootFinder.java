package org.stepwise.math.solve;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.exact.Numeric;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.Radicals;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.internal.Budget;

/**
 * Exact real roots of a polynomial in one variable: any degree whose roots are rational except for one quadratic
 * factor (rational-root search, then the quadratic formula), or degree ≤ 2 with irrational constant coefficients.
 * Anything else is refused clearly rather than approximated.
 */
public final class RootFinder {

  private static final BigInteger DIVISOR_LIMIT = BigInteger.TEN.pow(12);

  private RootFinder() {}

  /** Distinct real roots, unsorted. {@code p} must not be the zero polynomial. */
  public static List<Real> realRoots(Poly p, String x) {
    List<Poly> c = p.coefficientsIn(x);
    boolean rational = c.stream().allMatch(Poly::isRational);
    List<Real> roots = new ArrayList<>();
    if (rational) {
      List<Rational> q = new ArrayList<>();
      for (Poly k : c) q.add(k.rationalValue());
      rationalCoefficientRoots(q, roots);
    } else {
      lowDegreeRoots(c, roots);
    }
    return Pieces.sortedDistinct(roots);
  }

  private static void rationalCoefficientRoots(List<Rational> c, List<Real> roots) {
    c = trim(c);
    // factor out x^k
    int k = 0;
    while (k < c.size() - 1 && c.get(k).isZero()) k++;
    if (k > 0) {
      roots.add(Real.of(Rational.ZERO));
      c = new ArrayList<>(c.subList(k, c.size()));
    }
    while (c.size() - 1 > 2) {
      Rational r = findRationalRoot(c);
      if (r == null) {
        throw new MathException(Code.UNSUPPORTED,
            "I can't solve this exactly: it has a factor of degree " + (c.size() - 1) + " without fraction roots.");
      }
      roots.add(Real.of(r));
      c = deflate(c, r);
    }
    quadratic(c.stream().map(r -> Poly.constant(r)).toList(), roots);
  }

  private static List<Rational> trim(List<Rational> c) {
    List<Rational> out = new ArrayList<>(c);
    while (out.size() > 1 && out.get(out.size() - 1).isZero()) out.remove(out.size() - 1);
    return out;
  }

  private static void lowDegreeRoots(List<Poly> c, List<Real> roots) {
    while (c.size() > 1 && c.get(c.size() - 1).isZero()) c = c.subList(0, c.size() - 1);
    if (c.size() - 1 > 2) {
      throw new MathException(Code.UNSUPPORTED, "I can't solve equations of degree " + (c.size() - 1)
          + " with irrational coefficients exactly.");
    }
    quadratic(c, roots);
  }

  /** Degree ≤ 2 with constant coefficients c0 + c1 x + c2 x^2. */
  private static void quadratic(List<Poly> c, List<Real> roots) {
    int deg = c.size() - 1;
    if (deg <= 0) return;
    RatFun c0 = RatFun.of(c.get(0));
    RatFun c1 = RatFun.of(c.get(1));
    if (deg == 1) {
      roots.add(Real.of(c0.negate().divide(c1)));
      return;
    }
    RatFun c2 = RatFun.of(c.get(2));
    RatFun disc = c1.multiply(c1).subtract(c0.multiply(c2).scale(Rational.of(4)));
    int sign = disc.isRational() ? disc.rationalValue().signum() : Numeric.value(disc).signum();
    if (disc.isZero()) sign = 0;
    RatFun twoA = c2.scale(Rational.TWO);
    if (sign < 0) return;
    if (sign == 0) {
      roots.add(Real.of(c1.negate().divide(twoA)));
      return;
    }
    RatFun root = Radicals.sqrt(disc);
    roots.add(Real.of(c1.negate().add(root).divide(twoA)));
    roots.add(Real.of(c1.negate().subtract(root).divide(twoA)));
  }

  /** A rational root by the rational root theorem, or null. c.get(i) is the coefficient of x^i; c0 != 0. */
  private static Rational findRationalRoot(List<Rational> c) {
    BigInteger lcm = BigInteger.ONE;
    for (Rational r : c) lcm = lcm.divide(lcm.gcd(r.den())).multiply(r.den());
    List<BigInteger> a = new ArrayList<>();
    for (Rational r : c) a.add(r.num().multiply(lcm.divide(r.den())));
    BigInteger a0 = a.get(0).abs();
    BigInteger an = a.get(a.size() - 1).abs();
    if (a0.compareTo(DIVISOR_LIMIT) > 0 || an.compareTo(DIVISOR_LIMIT) > 0) {
      throw new MathException(Code.TOO_LARGE, "The numbers in this equation are too big for me to solve it exactly.");
    }
    for (BigInteger p : divisors(a0)) {
      for (BigInteger q : divisors(an)) {
        for (int s = -1; s <= 1; s += 2) {
          Budget.tick();
          Rational r = Rational.of(p.multiply(BigInteger.valueOf(s)), q);
          if (value(c, r).isZero()) return r;
        }
      }
    }
    return null;
  }

  private static Rational value(List<Rational> c, Rational x) {
    Rational v = Rational.ZERO;
    for (int i = c.size() - 1; i >= 0; i--) v = v.multiply(x).add(c.get(i));
    return v;
  }

  /** c(x) / (x - r), by synthetic division. */
  private static List<Rational> deflate(List<Rational> c, Rational r) {
    int n = c.size() - 1;
    Rational[] q = new Rational[n];
    Rational carry = Rational.ZERO;
    for (int i = n; i >= 1; i--) {
      carry = carry.multiply(r).add(c.get(i));
      q[i - 1] = carry;
    }
    return new ArrayList<>(List.of(q));
  }

  static List<BigInteger> divisors(BigInteger n) {
    List<BigInteger> out = new ArrayList<>();
    long v = n.longValueExact();
    for (long d = 1; d * d <= v; d++) {
      Budget.tick();
      if (v % d == 0) {
        out.add(BigInteger.valueOf(d));
        if (d * d != v) out.add(BigInteger.valueOf(v / d));
      }
    }
    return out;
  }
}
