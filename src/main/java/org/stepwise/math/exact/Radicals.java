package org.stepwise.math.exact;

import java.math.BigInteger;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.internal.Budget;

/** Square roots and absolute values as exact objects: {@code sqrt(8) = 2 sqrt(2)}, {@code sqrt(x+1)} stays a radical. */
public final class Radicals {

  private static final long TRIAL_LIMIT = 100_000;

  private Radicals() {}

  public static RatFun sqrt(RatFun arg) {
    if (arg.isRational()) {
      return sqrtOf(arg.rationalValue());
    }
    if (arg.isConstant() && Numeric.value(arg).signum() < 0) {
      throw negative();
    }
    RatFun denested = denest(arg);
    if (denested != null) return denested;
    // sqrt(p/q) = sqrt(p*q) / |q|
    Poly inside = arg.num().multiply(arg.den());
    Poly sign = Poly.ONE;
    Rational content = inside.integerScale().reciprocal(); // inside = content * primitive
    Poly primitive = inside.scale(content.reciprocal());
    if (content.signum() < 0) {
      content = content.negate();
      primitive = primitive.negate();
    }
    Poly square = PolySqrt.of(primitive);
    // sqrt(q^2) = |q|: sqrt(4x^2) = 2|x|, sqrt(x^2 + 2x + 1) = |x + 1|
    RatFun inner = square != null ? abs(RatFun.of(square)) : RatFun.of(Poly.atom(new Atom.Radical(primitive)));
    RatFun root = sqrtOf(content).multiply(inner);
    return root.divide(abs(RatFun.of(arg.den())));
  }

  /**
   * sqrt(a + b sqrt(c)) = sqrt((a + s)/2) + sign(b) sqrt((a - s)/2) when s = sqrt(a^2 - b^2 c) is rational:
   * sqrt(5 + 2sqrt(6)) = sqrt(2) + sqrt(3). Null when the radical does not denest this way.
   */
  private static RatFun denest(RatFun arg) {
    if (!arg.isPolynomial() || !arg.isConstant() || arg.num().size() > 2) return null;
    Rational a = Rational.ZERO;
    Rational b = null;
    BigInteger c = null;
    for (var t : arg.num().terms().entrySet()) {
      Monomial m = t.getKey();
      if (m.isOne()) {
        a = t.getValue();
      } else if (m.size() == 1 && m.atom(0) instanceof Atom.SqrtInt si && m.exponent(0) == 1) {
        b = t.getValue();
        c = si.radicand();
      } else {
        return null;
      }
    }
    if (b == null) return null;
    Rational s2 = a.multiply(a).subtract(b.multiply(b).multiply(Rational.of(c)));
    if (s2.signum() < 0) return null;
    BigInteger sn = s2.num().sqrt();
    BigInteger sd = s2.den().sqrt();
    if (!sn.multiply(sn).equals(s2.num()) || !sd.multiply(sd).equals(s2.den())) return null;
    Rational s = Rational.of(sn, sd);
    Rational p = a.add(s).divide(Rational.TWO);
    Rational q = a.subtract(s).divide(Rational.TWO);
    if (p.signum() < 0 || q.signum() < 0) return null;
    RatFun second = sqrtOf(q);
    return sqrtOf(p).add(b.signum() < 0 ? second.negate() : second);
  }

  /** sqrt of a non-negative rational, with square factors taken out. */
  public static RatFun sqrtOf(Rational r) {
    if (r.signum() < 0) throw negative();
    if (r.isZero()) return RatFun.ZERO;
    BigInteger m = r.num().multiply(r.den()); // sqrt(n/d) = sqrt(n d) / d
    BigInteger[] split = squareFree(m);
    Rational coefficient = Rational.of(split[0], r.den());
    Poly p = split[1].equals(BigInteger.ONE)
        ? Poly.constant(coefficient)
        : Poly.term(coefficient, Monomial.of(new Atom.SqrtInt(split[1]), 1));
    return RatFun.of(p);
  }

  /** m = s^2 * k with k square-free as far as trial division up to the cube root (bounded) can tell: {s, k}. */
  static BigInteger[] squareFree(BigInteger m) {
    BigInteger s = BigInteger.ONE;
    BigInteger k = BigInteger.ONE;
    BigInteger rest = m;
    long d = 2;
    while (d <= TRIAL_LIMIT && BigInteger.valueOf(d).pow(3).compareTo(rest) <= 0) {
      Budget.tick();
      BigInteger bd = BigInteger.valueOf(d);
      int count = 0;
      while (rest.mod(bd).signum() == 0) {
        rest = rest.divide(bd);
        count++;
      }
      if (count > 0) {
        s = s.multiply(bd.pow(count / 2));
        if (count % 2 == 1) k = k.multiply(bd);
      }
      d += d == 2 ? 1 : 2;
    }
    BigInteger root = rest.sqrt();
    if (root.multiply(root).equals(rest)) {
      s = s.multiply(root);
    } else {
      k = k.multiply(rest);
    }
    return new BigInteger[] {s, k};
  }

  public static RatFun abs(RatFun arg) {
    if (arg.isRational()) return RatFun.of(arg.rationalValue().abs());
    if (arg.isConstant()) {
      return Numeric.value(arg).signum() < 0 ? arg.negate() : arg;
    }
    if (arg.isPolynomial()) {
      Poly p = arg.num();
      if (evidentlyNonNegative(p)) return arg;
      if (evidentlyNonNegative(p.negate())) return arg.negate();
      if (p.size() == 1) return absOfMonomial(p);
      if (PolySqrt.of(p) != null) return arg; // a perfect square such as x^2 + 2x + 1
    }
    // |p/q| = |p*q| / q^2
    Poly inside = arg.num().multiply(arg.den());
    Rational scale = inside.integerScale();
    Poly primitive = inside.scale(scale);
    if (primitive.leadingCoefficient().signum() < 0) primitive = primitive.negate();
    Rational content = scale.reciprocal().abs();
    RatFun a = RatFun.of(Poly.atom(new Atom.Abs(primitive)).scale(content));
    return a.divide(RatFun.of(arg.den().multiply(arg.den())));
  }

  /** Every term is positive for all real values: positive coefficient, variables only to even powers. */
  static boolean evidentlyNonNegative(Poly p) {
    if (p.isZero()) return true;
    for (var t : p.terms().entrySet()) {
      if (t.getValue().signum() < 0) return false;
      Monomial m = t.getKey();
      for (int i = 0; i < m.size(); i++) {
        Atom a = m.atom(i);
        boolean ok = a instanceof Atom.Pi || a instanceof Atom.SqrtInt || a instanceof Atom.Abs
            || a instanceof Atom.Radical || (a instanceof Atom.Variable && m.exponent(i) % 2 == 0);
        if (!ok) return false;
      }
    }
    return true;
  }

  /** |c x^a y^b| = |c| |x|^a |y|^b, with |x|^2 = x^2: so |xy| = |x||y| and |x^3| = x^2|x|. */
  private static RatFun absOfMonomial(Poly p) {
    var t = p.terms().entrySet().iterator().next();
    Poly out = Poly.constant(t.getValue().abs());
    Monomial m = t.getKey();
    for (int i = 0; i < m.size(); i++) {
      Atom a = m.atom(i);
      int e = m.exponent(i);
      if (a instanceof Atom.Variable v) {
        Poly x = Poly.atom(v);
        out = out.multiply(x.pow(e - e % 2));
        if (e % 2 == 1) out = out.multiply(Poly.atom(new Atom.Abs(x)));
      } else if (a instanceof Atom.Abs || a instanceof Atom.Pi || a instanceof Atom.SqrtInt || a instanceof Atom.Radical) {
        out = out.multiply(Poly.atom(a).pow(e));
      } else {
        return RatFun.of(Poly.atom(new Atom.Abs(p)));
      }
    }
    return RatFun.of(out);
  }

  private static MathException negative() {
    return new MathException(Code.UNDEFINED, "A square root of a negative number is not a real number.");
  }
}
