package org.stepwise.math.exact;

import java.math.BigInteger;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.internal.Budget;

/** The exact value of an expression tree as a {@link RatFun}. */
public final class ExprValue {

  private static final Atom PI = new Atom.Pi();

  private ExprValue() {}

  public static RatFun of(Expr e) {
    Budget.tick();
    return switch (e) {
      case Expr.Num n -> RatFun.of(n.value());
      case Expr.Mixed m -> RatFun.of(m.value());
      case Expr.Var v -> RatFun.of(Poly.variable(v.name()));
      case Expr.Const c -> RatFun.of(Poly.atom(PI));
      case Expr.Neg n -> of(n.operand()).negate();
      case Expr.Add a -> of(a.left()).add(of(a.right()));
      case Expr.Sub s -> of(s.left()).subtract(of(s.right()));
      case Expr.Mul m -> of(m.left()).multiply(of(m.right()));
      case Expr.Div d -> {
        RatFun divisor = of(d.right());
        if (divisor.isZero()) {
          throw new MathException(Code.DIVISION_BY_ZERO, "You can't divide by 0.");
        }
        yield of(d.left()).divide(divisor);
      }
      case Expr.Pow p -> power(of(p.base()), of(p.exponent()));
      case Expr.Call c -> switch (c.function()) {
        case "sqrt" -> Radicals.sqrt(of(c.argument()));
        case "abs" -> Radicals.abs(of(c.argument()));
        default -> throw new MathException(Code.UNSUPPORTED, "I don't know the function '" + c.function() + "'.");
      };
      case Expr.Percent p -> of(p.operand()).scale(Rational.of(1, 100));
    };
  }

  static RatFun power(RatFun base, RatFun exponent) {
    if (!exponent.isRational()) {
      throw new MathException(Code.UNSUPPORTED, "I can only work with powers that are numbers, like x^2 or x^(1/2).");
    }
    Rational r = exponent.rationalValue();
    if (base.isRational()) {
      Rational b = base.rationalValue();
      if (b.isZero() && r.signum() == 0) {
        throw new MathException(Code.UNDEFINED, "0^0 is undefined.");
      }
      if (b.isZero() && r.signum() < 0) {
        throw new MathException(Code.DIVISION_BY_ZERO, "0 to a negative power means dividing by 0.");
      }
      if (b.isZero() || b.isOne()) return base;
      if (b.equals(Rational.MINUS_ONE) && r.isInteger()) {
        return RatFun.of(r.num().testBit(0) ? Rational.MINUS_ONE : Rational.ONE);
      }
    }
    if (r.isInteger()) {
      return base.pow(intExponent(r.num()));
    }
    // Fractional exponent p/q: only square roots (q = 2) and exact q-th roots of rationals.
    int p = intExponent(r.num());
    BigInteger q = r.den();
    if (base.isRational()) {
      Rational b = base.rationalValue();
      if (q.bitLength() < 8) {
        int qi = q.intValue();
        Rational root = exactRoot(b.abs(), qi);
        if (root != null && (b.signum() > 0 || qi % 2 == 1)) {
          return RatFun.of((b.signum() < 0 ? root.negate() : root)).pow(p);
        }
        if (b.signum() < 0 && qi % 2 == 0) {
          throw new MathException(Code.UNDEFINED, "An even root of a negative number is not a real number.");
        }
        if (qi == 2) return Radicals.sqrtOf(b).pow(p);
      }
      throw new MathException(Code.UNSUPPORTED, "I can't work out that root exactly.");
    }
    if (q.equals(BigInteger.TWO)) {
      return Radicals.sqrt(base).pow(p);
    }
    throw new MathException(Code.UNSUPPORTED, "I can only take square roots of expressions with letters in them.");
  }

  private static int intExponent(BigInteger n) {
    if (n.abs().compareTo(BigInteger.valueOf(Budget.limits().maxIntExponent())) > 0) {
      throw Budget.tooLarge("a power with exponent " + (n.bitLength() > 40 ? "that big" : n.toString()));
    }
    return n.intValueExact();
  }

  /** The exact q-th root of a non-negative rational, or null when it is not rational. */
  private static Rational exactRoot(Rational b, int q) {
    BigInteger n = nthRoot(b.num(), q);
    BigInteger d = nthRoot(b.den(), q);
    return n == null || d == null ? null : Rational.of(n, d);
  }

  private static BigInteger nthRoot(BigInteger x, int q) {
    if (x.signum() == 0) return x;
    if (x.bitLength() > 4096) return null;
    double approx = Math.pow(x.doubleValue(), 1.0 / q);
    if (Double.isInfinite(approx) || Double.isNaN(approx)) return null;
    BigInteger g = BigInteger.valueOf(Math.round(approx));
    for (int delta = -1; delta <= 1; delta++) {
      BigInteger c = g.add(BigInteger.valueOf(delta));
      if (c.signum() >= 0 && c.pow(q).equals(x)) return c;
    }
    return null;
  }
}
