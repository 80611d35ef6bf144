package org.stepwise.math.exact;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.internal.Budget;

/**
 * Greatest common divisor of polynomials: exact Euclid for one variable with rational coefficients; for anything
 * else only the common monomial factor (x in x^2 + x and x y), which is what school exercises need.
 */
public final class PolyGcd {

  private PolyGcd() {}

  /** A monic gcd (or a monomial factor), {@link Poly#ONE} when there is no common factor it can find. */
  public static Poly gcd(Poly a, Poly b) {
    var vars = a.variables();
    vars.addAll(b.variables());
    if (vars.size() == 1 && allRational(a) && allRational(b)) {
      String x = vars.first();
      List<Rational> g = euclid(coefficients(a, x), coefficients(b, x));
      Poly out = Poly.ZERO;
      for (int i = 0; i < g.size(); i++) {
        out = out.add(Poly.variable(x).pow(i).scale(g.get(i)));
      }
      return out;
    }
    return commonMonomial(a, b);
  }

  private static boolean allRational(Poly p) {
    for (var m : p.terms().keySet()) {
      for (int i = 0; i < m.size(); i++) if (!(m.atom(i) instanceof Atom.Variable)) return false;
    }
    return true;
  }

  private static List<Rational> coefficients(Poly p, String x) {
    List<Rational> out = new ArrayList<>();
    for (Poly c : p.coefficientsIn(x)) out.add(c.rationalValue());
    return out;
  }

  private static List<Rational> euclid(List<Rational> a, List<Rational> b) {
    a = trim(a);
    b = trim(b);
    while (!(b.size() == 1 && b.get(0).isZero())) {
      Budget.tick();
      List<Rational> r = remainder(a, b);
      a = b;
      b = r;
    }
    Rational lead = a.get(a.size() - 1);
    List<Rational> monic = new ArrayList<>();
    for (Rational c : a) monic.add(c.divide(lead));
    return monic;
  }

  private static List<Rational> remainder(List<Rational> a, List<Rational> b) {
    List<Rational> r = new ArrayList<>(a);
    int db = b.size() - 1;
    Rational lb = b.get(db);
    while (r.size() - 1 >= db && !(r.size() == 1 && r.get(0).isZero())) {
      Budget.tick();
      int shift = r.size() - 1 - db;
      Rational f = r.get(r.size() - 1).divide(lb);
      for (int i = 0; i <= db; i++) r.set(i + shift, r.get(i + shift).subtract(f.multiply(b.get(i))));
      r = trim(r);
      if (shift == 0) break;
    }
    return r;
  }

  private static List<Rational> trim(List<Rational> c) {
    List<Rational> out = new ArrayList<>(c);
    while (out.size() > 1 && out.get(out.size() - 1).isZero()) out.remove(out.size() - 1);
    if (out.isEmpty()) out.add(Rational.ZERO);
    return out;
  }

  /** The product of the variables (with their least exponents) that divide every term of both. */
  public static Poly commonMonomial(Poly a, Poly b) {
    Poly out = Poly.ONE;
    var vars = a.variables();
    vars.addAll(b.variables());
    for (String v : vars) {
      int min = Integer.MAX_VALUE;
      for (Poly p : List.of(a, b)) {
        for (var m : p.terms().keySet()) min = Math.min(min, m.degreeIn(v));
      }
      if (min > 0 && min != Integer.MAX_VALUE) out = out.multiply(Poly.variable(v).pow(min));
    }
    return out;
  }
}
