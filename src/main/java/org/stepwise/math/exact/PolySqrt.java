package org.stepwise.math.exact;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import org.stepwise.math.internal.Budget;

/**
 * Exact square roots of polynomials that are perfect squares ({@code x^2 + 2x + 1 = (x + 1)^2}), by the schoolbook
 * method on terms in print order: the first term of the root is the root of the first term, and each next term is the
 * first remaining term divided by twice the first term of the root.
 */
final class PolySqrt {

  private PolySqrt() {}

  /** q with q^2 = p and a positive leading coefficient, or null when p is not a perfect square of a polynomial. */
  static Poly of(Poly p) {
    if (p.isZero() || p.size() > 200) return null;
    var lead = p.sortedTerms().get(0);
    Poly first = monomialRoot(lead.getValue(), lead.getKey());
    if (first == null) return null;
    Poly twiceFirst = first.scale(Rational.TWO);
    Poly root = first;
    for (int i = 0; i <= p.size(); i++) {
      Budget.tick();
      Poly rest = p.subtract(root.multiply(root));
      if (rest.isZero()) return root;
      var lt = rest.sortedTerms().get(0);
      Poly[] q = PolyDivision.byMonomial(Poly.term(lt.getValue(), lt.getKey()), twiceFirst);
      if (q == null) return null;
      root = root.add(q[0]);
    }
    return null;
  }

  /** sqrt(c m) for a monomial with only variables and even exponents and a positive square coefficient. */
  private static Poly monomialRoot(Rational c, Monomial m) {
    if (c.signum() <= 0) return null;
    BigInteger n = c.num().sqrt();
    BigInteger d = c.den().sqrt();
    if (!n.multiply(n).equals(c.num()) || !d.multiply(d).equals(c.den())) return null;
    TreeMap<Atom, Integer> half = new TreeMap<>();
    for (int i = 0; i < m.size(); i++) {
      if (!(m.atom(i) instanceof Atom.Variable) || m.exponent(i) % 2 != 0) return null;
      half.put(m.atom(i), m.exponent(i) / 2);
    }
    return Poly.term(Rational.of(n, d), Monomial.of((Map<Atom, Integer>) half));
  }
}
