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
    // sqrt(p/q) = sqrt(p*q) / |q|
    Poly inside = arg.num().multiply(arg.den());
    Poly sign = Poly.ONE;
    Rational content = inside.integerScale().reciprocal(); // inside = content * primitive
    Poly primitive = inside.scale(content.reciprocal());
    if (content.signum() < 0) {
      content = content.negate();
      primitive = primitive.negate();
    }
    RatFun root = sqrtOf(content).multiply(RatFun.of(Poly.atom(new Atom.Radical(primitive))));
    return root.divide(abs(RatFun.of(arg.den())));
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
    // |p/q| = |p*q| / q^2
    Poly inside = arg.num().multiply(arg.den());
    Rational scale = inside.integerScale();
    Poly primitive = inside.scale(scale);
    if (primitive.leadingCoefficient().signum() < 0) primitive = primitive.negate();
    Rational content = scale.reciprocal().abs();
    RatFun a = RatFun.of(Poly.atom(new Atom.Abs(primitive)).scale(content));
    return a.divide(RatFun.of(arg.den().multiply(arg.den())));
  }

  private static MathException negative() {
    return new MathException(Code.UNDEFINED, "A square root of a negative number is not a real number.");
  }
}
