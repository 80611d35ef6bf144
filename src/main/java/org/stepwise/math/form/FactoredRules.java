package org.stepwise.math.form;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.exact.Atom;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Monomial;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.PolyGcd;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.solve.RootFinder;

/**
 * Fully factored over the integers: the answer is a product (a number times factors, powers allowed) in which no
 * factor has a common factor left and no factor splits further over the integers.
 */
final class FactoredRules {

  private FactoredRules() {}

  static String problem(Expr root) {
    List<Expr> factors = new ArrayList<>();
    for (Expr f : Shapes.factors(root)) {
      Expr base = f;
      if (f instanceof Expr.Pow p && Shapes.isIntegerLiteral(p.exponent())) base = p.base();
      factors.add(base);
    }
    int numbers = 0;
    for (Expr f : factors) {
      if (Shapes.isNumberLiteral(f)) {
        numbers++;
        continue;
      }
      if (f instanceof Expr.Div d && Shapes.isNumberLiteral(d.right())) {
        // (x+1)(x-1)/2: the constant sits in the denominator
        String p = problem(d.left());
        if (p != null) return p;
        continue;
      }
      RatFun v = ExprValue.of(f);
      if (!v.isPolynomial()) return "it is not written as a product of factors.";
      if (!integerCoefficients(v.num())) {
        return "not factored over the integers: each factor should have whole-number coefficients.";
      }
      String p = factorProblem(v.num());
      if (p != null) return p;
    }
    if (numbers > 1) return "the numbers in front can be multiplied together.";
    return null;
  }

  private static String factorProblem(Poly p) {
    if (p.size() <= 1) return null; // a monomial such as x or 3x^2 is a product already
    Rational scale = p.integerScale();
    Poly primitive = p.scale(scale);
    Rational content = scale.reciprocal().abs();
    if (content.isInteger() && content.num().compareTo(BigInteger.ONE) > 0) {
      return "not fully factored: " + content + " is still a common factor.";
    }
    Poly common = PolyGcd.commonMonomial(primitive, primitive);
    if (!common.equals(Poly.ONE)) {
      return "not fully factored: " + common + " is still a common factor.";
    }
    if (splits(primitive)) return "not fully factored: one of the factors can be factored further.";
    return null;
  }

  /** Whether a primitive polynomial without monomial content splits over the integers, as far as school needs. */
  private static boolean splits(Poly p) {
    var vars = p.variables();
    if (p.totalDegree() <= 1 || !p.hasOnlyVariables()) return false;
    if (vars.size() == 1) {
      String x = vars.first();
      int deg = p.degreeIn(x);
      if (deg == 2) return hasRationalRoots(p, x);
      if (hasRationalRoot(p, x)) return true;
      // x^4 + 5x^2 + 6 = (x^2 + 2)(x^2 + 3): a quadratic in x^2
      if (deg == 4 && p.coefficientsIn(x).get(1).isZero() && p.coefficientsIn(x).get(3).isZero()) {
        Poly y = quadraticInSquare(p, x);
        return hasRationalRoots(y, "t");
      }
      return false;
    }
    if (vars.size() == 2 && p.totalDegree() == 2 && p.isHomogeneous()) {
      // a x^2 + b x y + c y^2 splits iff a t^2 + b t + c has rational roots
      String x = vars.first();
      Poly t = Poly.ZERO;
      for (var term : p.terms().entrySet()) {
        int e = term.getKey().degreeIn(x);
        t = t.add(Poly.variable("t").pow(e).scale(term.getValue()));
      }
      return t.degreeIn("t") == 2 && hasRationalRoots(t, "t");
    }
    return false;
  }

  private static boolean integerCoefficients(Poly p) {
    if (!p.hasOnlyVariables()) return false;
    for (Rational c : p.terms().values()) if (!c.isInteger()) return false;
    return true;
  }



  private static Poly quadraticInSquare(Poly p, String x) {
    List<Poly> c = p.coefficientsIn(x);
    Poly t = Poly.variable("t");
    return c.get(0).add(c.get(2).multiply(t)).add(c.get(4).multiply(t.pow(2)));
  }

  private static boolean hasRationalRoots(Poly p, String x) {
    var roots = RootFinder.realRoots(p, x);
    return !roots.isEmpty() && roots.stream().allMatch(r -> r.value().isRational());
  }

  private static boolean hasRationalRoot(Poly p, String x) {
    try {
      return RootFinder.realRoots(p, x).stream().anyMatch(r -> r.value().isRational());
    } catch (org.stepwise.math.MathException e) {
      return false; // no fraction root found: does not split into a linear factor
    }
  }
}
