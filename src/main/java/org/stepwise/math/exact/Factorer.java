package org.stepwise.math.exact;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.solve.Real;
import org.stepwise.math.solve.RootFinder;

/**
 * Factors a polynomial over the integers as far as school algebra goes: the common number and letter factors, linear
 * factors from rational roots, quadratics in x^2, and homogeneous quadratics in two letters.
 */
public final class Factorer {

  private Factorer() {}

  /** {@code constant * product of factors^multiplicity}, each factor primitive with a positive leading coefficient. */
  public record Factorization(Rational constant, List<Poly> factors, List<Integer> multiplicities) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      boolean onlyConstant = factors.isEmpty();
      if (onlyConstant) return constant.toString();
      if (constant.equals(Rational.MINUS_ONE)) {
        sb.append('-');
      } else if (!constant.isOne()) {
        sb.append(constant.isInteger() ? constant.toString() : "(" + constant + ")");
      }
      boolean single = factors.size() == 1 && multiplicities.get(0) == 1 && constant.isOne();
      for (int i = 0; i < factors.size(); i++) {
        Poly f = factors.get(i);
        int m = multiplicities.get(i);
        boolean bare = f.size() == 1 && (m == 1 || f.terms().values().iterator().next().isOne()
            && f.terms().keySet().iterator().next().size() == 1 && f.terms().keySet().iterator().next().exponent(0) == 1);
        String s = single || bare ? f.toString() : "(" + f + ")";
        if (f.size() == 1 && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1))
            && Character.isDigit(s.charAt(0))) {
          s = "(" + s + ")";
        }
        sb.append(s);
        if (m > 1) sb.append('^').append(m);
      }
      return sb.toString();
    }
  }

  public static Factorization factor(Poly p) {
    if (p.isZero() || p.isConstant()) {
      return new Factorization(p.isZero() ? Rational.ZERO : p.leadingCoefficient(), List.of(), List.of());
    }
    Rational scale = p.integerScale();
    Poly prim = p.scale(scale);
    Rational constant = scale.reciprocal();
    if (prim.leadingCoefficient().signum() < 0) {
      prim = prim.negate();
      constant = constant.negate();
    }
    List<Poly> factors = new ArrayList<>();
    List<Integer> mult = new ArrayList<>();
    // common letters
    for (String v : prim.variables()) {
      int min = Integer.MAX_VALUE;
      for (Monomial m : prim.terms().keySet()) min = Math.min(min, m.degreeIn(v));
      if (min > 0) {
        factors.add(Poly.variable(v));
        mult.add(min);
        prim = divideByMonomial(prim, v, min);
      }
    }
    var vars = prim.variables();
    if (vars.size() == 1 && prim.hasOnlyVariables()) {
      String x = vars.first();
      splitUnivariate(prim, x, factors, mult);
    } else if (vars.size() == 2 && prim.totalDegree() == 2 && prim.isHomogeneous()) {
      splitHomogeneous(prim, vars.first(), vars.last(), factors, mult);
    } else if (!prim.isConstant()) {
      factors.add(prim);
      mult.add(1);
    }
    return new Factorization(constant, factors, mult);
  }

  private static void splitUnivariate(Poly p, String x, List<Poly> factors, List<Integer> mult) {
    Poly rest = p;
    if (rest.degreeIn(x) >= 2) {
      List<Real> roots;
      try {
        roots = RootFinder.realRoots(rest, x);
      } catch (org.stepwise.math.MathException e) {
        roots = List.of();
      }
      for (Real r : roots) {
        if (!r.value().isRational()) continue;
        Rational q = r.value().rationalValue();
        Poly linear = Poly.variable(x).scale(Rational.of(q.den())).subtract(Poly.constant(Rational.of(q.num())));
        int m = 0;
        while (rest.degreeIn(x) >= 1) {
          Poly[] qr = PolyDivision.divide(rest, linear, x);
          if (qr == null || !qr[1].isZero()) break;
          rest = qr[0];
          m++;
        }
        if (m > 0) {
          factors.add(linear);
          mult.add(m);
        }
      }
      if (rest.degreeIn(x) == 4 && rest.coefficientsIn(x).get(1).isZero() && rest.coefficientsIn(x).get(3).isZero()) {
        List<Poly> c = rest.coefficientsIn(x);
        // a x^4 + b x^2 + c with rational roots in x^2 = t: (x^2 - t1)(x^2 - t2) up to integers
        Poly t = Poly.constant(c.get(0).rationalValue()).add(Poly.variable(x).scale(c.get(2).rationalValue()))
            .add(Poly.variable(x).pow(2).scale(c.get(4).rationalValue()));
        Factorization ft = factor(t);
        if (ft.factors().size() >= 2 || ft.multiplicities().stream().anyMatch(m -> m > 1)) {
          // rest is primitive with a positive leading coefficient, so ft.constant() is 1
          Poly x2 = Poly.variable(x).pow(2);
          for (int i = 0; i < ft.factors().size(); i++) {
            factors.add(substitute(ft.factors().get(i), x, x2));
            mult.add(ft.multiplicities().get(i));
          }
          return;
        }
      }
    }
    if (!rest.isConstant()) {
      if (rest.leadingCoefficient().signum() < 0) rest = rest.negate();
      factors.add(rest);
      mult.add(1);
    }
  }

  private static Poly substitute(Poly f, String x, Poly value) {
    List<Poly> c = f.coefficientsIn(x);
    Poly acc = Poly.ZERO;
    for (int i = c.size() - 1; i >= 0; i--) acc = acc.multiply(value).add(c.get(i));
    return acc;
  }

  private static void splitHomogeneous(Poly p, String x, String y, List<Poly> factors, List<Integer> mult) {
    Poly t = Poly.ZERO;
    for (var term : p.terms().entrySet()) {
      t = t.add(Poly.variable(x).pow(term.getKey().degreeIn(x)).scale(term.getValue()));
    }
    Factorization ft = factor(t);
    if (ft.factors().stream().allMatch(f -> f.totalDegree() == 1) && !ft.factors().isEmpty()
        && ft.multiplicities().stream().mapToInt(Integer::intValue).sum() == 2) {
      for (int i = 0; i < ft.factors().size(); i++) {
        // a x + b  ->  a x + b y
        List<Poly> c = ft.factors().get(i).coefficientsIn(x);
        Poly f = Poly.variable(x).multiply(c.get(1)).add(Poly.variable(y).multiply(c.get(0)));
        factors.add(f);
        mult.add(ft.multiplicities().get(i));
      }
      return;
    }
    factors.add(p);
    mult.add(1);
  }

  private static Poly divideByMonomial(Poly p, String v, int e) {
    Poly out = Poly.ZERO;
    Atom.Variable var = new Atom.Variable(v);
    for (var t : p.terms().entrySet()) {
      Monomial m = t.getKey();
      int have = m.exponentOf(var);
      Poly rest = Poly.term(t.getValue(), m.without(var));
      out = out.add(rest.multiply(Poly.variable(v).pow(have - e)));
    }
    return out;
  }


}
