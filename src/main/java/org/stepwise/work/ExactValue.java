package org.stepwise.work;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.Rational;

/**
 * The exact rational value of an expression at given values of its variables, when it has one: square roots
 * only of perfect squares, integer exponents only, bounded sizes. Rules use it to find, e.g., a constant term.
 */
public final class ExactValue {
  private static final int MAX_EXPONENT = 64;
  private static final int MAX_BITS = 4_096;

  private ExactValue() {}

  public static Optional<Rational> of(Expr e, Map<String, Rational> at) {
    try {
      return Optional.of(eval(e, at));
    } catch (ArithmeticException | NoValue ex) {
      return Optional.empty();
    }
  }

  private static final class NoValue extends RuntimeException {
    NoValue() {
      super(null, null, false, false);
    }
  }

  private static Rational eval(Expr e, Map<String, Rational> at) {
    Rational r = switch (e) {
      case Expr.Num n -> n.value();
      case Expr.Mixed m -> m.value();
      case Expr.Var v -> {
        Rational x = at.get(v.name());
        if (x == null) {
          throw new NoValue();
        }
        yield x;
      }
      case Expr.Const c -> throw new NoValue();
      case Expr.Neg n -> eval(n.operand(), at).negate();
      case Expr.Add a -> eval(a.left(), at).add(eval(a.right(), at));
      case Expr.Sub s -> eval(s.left(), at).subtract(eval(s.right(), at));
      case Expr.Mul m -> eval(m.left(), at).multiply(eval(m.right(), at));
      case Expr.Div d -> {
        Rational b = eval(d.right(), at);
        if (b.isZero()) {
          throw new NoValue();
        }
        yield eval(d.left(), at).divide(b);
      }
      case Expr.Pow p -> power(eval(p.base(), at), eval(p.exponent(), at));
      case Expr.Call c -> call(c.function(), eval(c.argument(), at));
      case Expr.Percent p -> eval(p.operand(), at).divide(Rational.of(100));
    };
    if (r.num().bitLength() > MAX_BITS || r.den().bitLength() > MAX_BITS) {
      throw new NoValue();
    }
    return r;
  }

  private static Rational power(Rational base, Rational exponent) {
    if (!exponent.isInteger() || exponent.num().abs().compareTo(BigInteger.valueOf(MAX_EXPONENT)) > 0) {
      throw new NoValue();
    }
    int n = exponent.num().intValueExact();
    if (n < 0) {
      if (base.isZero()) {
        throw new NoValue();
      }
      return base.reciprocal().pow(-n);
    }
    return base.pow(n);
  }

  private static Rational call(String f, Rational x) {
    if (f.equals("abs")) {
      return x.abs();
    }
    if (f.equals("sqrt") && x.signum() >= 0) {
      BigInteger n = x.num().sqrt();
      BigInteger d = x.den().sqrt();
      if (n.multiply(n).equals(x.num()) && d.multiply(d).equals(x.den())) {
        return Rational.of(n, d);
      }
    }
    throw new NoValue();
  }
}
