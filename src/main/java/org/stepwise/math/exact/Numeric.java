package org.stepwise.math.exact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;

/**
 * High-precision numeric values of exact objects: used to order irrational endpoints, to apply a numeric tolerance
 * and to pick sample points. Never used to decide that two things are equal.
 */
public final class Numeric {

  public static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
  private static final BigDecimal PI = new BigDecimal(
      "3.14159265358979323846264338327950288419716939937510582097494459230781640628620899863");

  private Numeric() {}

  public static BigDecimal value(RatFun f, Map<String, BigDecimal> vars) {
    BigDecimal d = value(f.den(), vars);
    if (d.signum() == 0) {
      throw new MathException(Code.UNDEFINED, "The expression is undefined there (division by 0).");
    }
    return value(f.num(), vars).divide(d, MC);
  }

  public static BigDecimal value(RatFun constant) {
    return value(constant, Map.of());
  }

  public static BigDecimal value(Poly p, Map<String, BigDecimal> vars) {
    BigDecimal sum = BigDecimal.ZERO;
    for (var t : p.terms().entrySet()) {
      BigDecimal term = t.getValue().toBigDecimal(MC);
      Monomial m = t.getKey();
      for (int i = 0; i < m.size(); i++) {
        term = term.multiply(value(m.atom(i), vars).pow(m.exponent(i), MC), MC);
      }
      sum = sum.add(term, MC);
    }
    return sum;
  }

  static BigDecimal value(Atom a, Map<String, BigDecimal> vars) {
    return switch (a) {
      case Atom.Variable v -> {
        BigDecimal x = vars.get(v.name());
        if (x == null) throw new IllegalArgumentException("no value for " + v.name());
        yield x;
      }
      case Atom.Pi p -> PI;
      case Atom.SqrtInt s -> new BigDecimal(s.radicand()).sqrt(MC);
      case Atom.Radical r -> {
        BigDecimal x = value(r.argument(), vars);
        if (x.signum() < 0) throw new MathException(Code.UNDEFINED, "A square root of a negative number is not a real number.");
        yield x.sqrt(MC);
      }
      case Atom.Abs ab -> value(ab.argument(), vars).abs();
    };
  }
}
