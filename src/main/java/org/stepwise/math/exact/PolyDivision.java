package org.stepwise.math.exact;

import java.util.List;
import org.stepwise.math.internal.Budget;

/** Division of polynomials with remainder. */
public final class PolyDivision {

  private PolyDivision() {}

  /** {quotient, remainder} of a / b in x (b's leading coefficient must be rational), or null if not possible. */
  public static Poly[] divide(Poly a, Poly b, String x) {
    List<Poly> bc = b.coefficientsIn(x);
    int db = bc.size() - 1;
    if (!bc.get(db).isRational()) return null;
    Rational lead = bc.get(db).rationalValue();
    Poly q = Poly.ZERO;
    Poly r = a;
    while (!r.isZero() && r.degreeIn(x) >= db) {
      Budget.tick();
      int shift = r.degreeIn(x) - db;
      Poly rl = r.coefficientsIn(x).get(r.degreeIn(x));
      Poly t = Poly.variable(x).pow(shift).multiply(rl).scale(lead.reciprocal());
      q = q.add(t);
      r = r.subtract(t.multiply(b));
    }
    return new Poly[] {q, r};
  }

  /** Exact quotient a / b in x, or null when b does not divide a. */
  public static Poly[] exact(Poly a, Poly b, String x) {
    Poly[] qr = divide(a, b, x);
    return qr == null || !qr[1].isZero() ? null : qr;
  }

  /** a / m for a single-term m that divides every term of a; null otherwise. */
  public static Poly[] byMonomial(Poly a, Poly m) {
    if (m.size() != 1) return null;
    var mt = m.terms().entrySet().iterator().next();
    Poly out = Poly.ZERO;
    for (var t : a.terms().entrySet()) {
      var map = t.getKey().toMap();
      Monomial mm = mt.getKey();
      for (int i = 0; i < mm.size(); i++) {
        int have = map.getOrDefault(mm.atom(i), 0);
        if (have < mm.exponent(i)) return null;
        map.put(mm.atom(i), have - mm.exponent(i));
      }
      out = out.add(Poly.term(t.getValue().divide(mt.getValue()), Monomial.of(map)));
    }
    return new Poly[] {out, Poly.ZERO};
  }
}
