package org.stepwise.math.exact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stepwise.math.internal.Budget;

/**
 * A polynomial with rational coefficients over {@link Atom}s, in canonical form: no zero coefficients, like terms
 * combined, square roots of integers reduced. Two polynomials are equal as values iff they are {@code equals}.
 * Immutable; every result is size-checked against the current {@link Budget}.
 */
public final class Poly {

  public static final Poly ZERO = new Poly(Map.of());
  public static final Poly ONE = constant(Rational.ONE);

  private final Map<Monomial, Rational> terms;
  private List<Map.Entry<Monomial, Rational>> sorted;

  private Poly(Map<Monomial, Rational> terms) {
    this.terms = terms;
  }

  public static Poly constant(Rational r) {
    return r.isZero() ? ZERO : new Poly(Map.of(Monomial.ONE, r));
  }

  public static Poly constant(long n) {
    return constant(Rational.of(n));
  }

  public static Poly atom(Atom a) {
    return new Poly(Map.of(Monomial.of(a, 1), Rational.ONE));
  }

  public static Poly variable(String name) {
    return atom(new Atom.Variable(name));
  }

  public static Poly term(Rational c, Monomial m) {
    return c.isZero() ? ZERO : new Poly(Map.of(m, c));
  }

  private static Poly of(Map<Monomial, Rational> m) {
    m.values().removeIf(Rational::isZero);
    if (m.isEmpty()) return ZERO;
    Budget.requireTerms(m.size());
    return new Poly(m);
  }

  public Map<Monomial, Rational> terms() {
    return Collections.unmodifiableMap(terms);
  }

  /** Terms in print order: higher degree first. */
  public List<Map.Entry<Monomial, Rational>> sortedTerms() {
    if (sorted == null) {
      List<Map.Entry<Monomial, Rational>> l = new ArrayList<>(terms.entrySet());
      l.sort(Map.Entry.comparingByKey());
      sorted = l;
    }
    return sorted;
  }

  public int size() {
    return terms.size();
  }

  public boolean isZero() {
    return terms.isEmpty();
  }

  /** True when no term contains a variable (atoms such as sqrt(2) or pi are allowed). */
  public boolean isConstant() {
    for (Monomial m : terms.keySet()) if (m.hasVariables()) return false;
    return true;
  }

  /** True when this is a single rational number (including zero). */
  public boolean isRational() {
    return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(Monomial.ONE));
  }

  public Rational rationalValue() {
    if (terms.isEmpty()) return Rational.ZERO;
    Rational r = terms.get(Monomial.ONE);
    if (r == null || terms.size() != 1) throw new IllegalStateException("not a rational constant: " + this);
    return r;
  }

  public Rational constantTerm() {
    return terms.getOrDefault(Monomial.ONE, Rational.ZERO);
  }

  public boolean dependsOn(String variable) {
    for (Monomial m : terms.keySet()) if (m.dependsOn(variable)) return true;
    return false;
  }

  public TreeSet<String> variables() {
    TreeSet<String> out = new TreeSet<>();
    for (Monomial m : terms.keySet()) collectVariables(m, out);
    return out;
  }

  private static void collectVariables(Monomial m, TreeSet<String> out) {
    for (int i = 0; i < m.size(); i++) {
      switch (m.atom(i)) {
        case Atom.Variable v -> out.add(v.name());
        case Atom.Radical r -> out.addAll(r.argument().variables());
        case Atom.Abs a -> out.addAll(a.argument().variables());
        default -> { }
      }
    }
  }

  /** Atoms other than plain variables, pi and sqrt of integers that depend on a variable (abs(x-1), sqrt(x)). */
  public List<Atom> compoundAtomsDependingOn(String variable) {
    TreeSet<Atom> out = new TreeSet<>();
    for (Monomial m : terms.keySet()) {
      for (int i = 0; i < m.size(); i++) {
        Atom a = m.atom(i);
        if ((a instanceof Atom.Abs || a instanceof Atom.Radical) && a.dependsOn(variable)) out.add(a);
      }
    }
    return new ArrayList<>(out);
  }

  /** True when every atom is a plain variable (no pi, roots or absolute values). */
  public boolean hasOnlyVariables() {
    for (Monomial m : terms.keySet()) {
      for (int i = 0; i < m.size(); i++) if (!(m.atom(i) instanceof Atom.Variable)) return false;
    }
    return true;
  }

  /** True when every term has the same total degree. */
  public boolean isHomogeneous() {
    int d = totalDegree();
    for (Monomial m : terms.keySet()) if (m.degree() != d) return false;
    return true;
  }

  public int totalDegree() {
    int d = 0;
    for (Monomial m : terms.keySet()) d = Math.max(d, m.degree());
    return d;
  }

  public int degreeIn(String variable) {
    int d = 0;
    for (Monomial m : terms.keySet()) d = Math.max(d, m.degreeIn(variable));
    return d;
  }

  public Poly add(Poly o) {
    if (isZero()) return o;
    if (o.isZero()) return this;
    Map<Monomial, Rational> m = new HashMap<>(terms);
    o.terms.forEach((k, v) -> m.merge(k, v, Rational::add));
    return of(m);
  }

  public Poly negate() {
    Map<Monomial, Rational> m = new HashMap<>();
    terms.forEach((k, v) -> m.put(k, v.negate()));
    return new Poly(m);
  }

  public Poly subtract(Poly o) {
    return add(o.negate());
  }

  public Poly scale(Rational c) {
    if (c.isZero()) return ZERO;
    if (c.isOne()) return this;
    Map<Monomial, Rational> m = new HashMap<>();
    terms.forEach((k, v) -> m.put(k, v.multiply(c)));
    return new Poly(m);
  }

  public Poly multiply(Poly o) {
    if (isZero() || o.isZero()) return ZERO;
    if (o.isRational()) return scale(o.rationalValue());
    if (isRational()) return o.scale(rationalValue());
    Budget.requireDegree((long) totalDegree() + o.totalDegree());
    Budget.requireTerms((long) terms.size() * o.terms.size());
    Map<Monomial, Rational> m = new HashMap<>();
    boolean compound = false;
    for (var a : terms.entrySet()) {
      for (var b : o.terms.entrySet()) {
        Budget.tick();
        Monomial.Product p = a.getKey().multiply(b.getKey());
        Rational c = a.getValue().multiply(b.getValue()).multiply(p.coefficient());
        m.merge(p.monomial(), c, Rational::add);
        compound |= hasSquaredCompound(p.monomial());
      }
    }
    Poly result = of(m);
    return compound ? result.reduceCompoundSquares() : result;
  }

  public Poly pow(int e) {
    if (e < 0) throw new IllegalArgumentException("negative power of a polynomial");
    if (e == 0) return ONE;
    if (isRational()) return constant(rationalValue().pow(e));
    Budget.requireDegree((long) totalDegree() * e);
    Poly result = ONE;
    Poly base = this;
    int n = e;
    while (true) {
      if ((n & 1) == 1) result = result.multiply(base);
      n >>= 1;
      if (n == 0) return result;
      base = base.multiply(base);
    }
  }

  private static boolean hasSquaredCompound(Monomial m) {
    for (int i = 0; i < m.size(); i++) {
      Atom a = m.atom(i);
      if ((a instanceof Atom.Radical || a instanceof Atom.Abs) && m.exponent(i) >= 2) return true;
    }
    return false;
  }

  /** Applies sqrt(E)^2 = E and |E|^2 = E^2 wherever a square of such an atom appears. */
  private Poly reduceCompoundSquares() {
    Poly out = ZERO;
    for (var t : terms.entrySet()) {
      Monomial m = t.getKey();
      if (!hasSquaredCompound(m)) {
        out = out.add(term(t.getValue(), m));
        continue;
      }
      TreeMap<Atom, Integer> rest = new TreeMap<>();
      Poly factor = constant(t.getValue());
      for (int i = 0; i < m.size(); i++) {
        Atom a = m.atom(i);
        int e = m.exponent(i);
        if (a instanceof Atom.Radical r && e >= 2) {
          factor = factor.multiply(r.argument().pow(e / 2));
          if (e % 2 == 1) rest.put(a, 1);
        } else if (a instanceof Atom.Abs ab && e >= 2) {
          factor = factor.multiply(ab.argument().pow(2 * (e / 2)));
          if (e % 2 == 1) rest.put(a, 1);
        } else {
          rest.put(a, e);
        }
      }
      Monomial.Product p = Monomial.normalizeSqrtInts(rest);
      out = out.add(factor.multiply(term(p.coefficient(), p.monomial())));
    }
    return out;
  }

  /** Replaces every occurrence of {@code atom} by {@code value}. */
  public Poly substitute(Atom atom, Poly value) {
    Poly out = ZERO;
    for (var t : terms.entrySet()) {
      int e = t.getKey().exponentOf(atom);
      if (e == 0) {
        out = out.add(term(t.getValue(), t.getKey()));
      } else {
        out = out.add(term(t.getValue(), t.getKey().without(atom)).multiply(value.pow(e)));
      }
    }
    return out;
  }

  /** Coefficients of this polynomial as a polynomial in {@code variable}: index i holds the coefficient of x^i. */
  public List<Poly> coefficientsIn(String variable) {
    Atom.Variable v = new Atom.Variable(variable);
    int deg = degreeIn(variable);
    List<Poly> out = new ArrayList<>(Collections.nCopies(deg + 1, ZERO));
    for (var t : terms.entrySet()) {
      int e = t.getKey().exponentOf(v);
      out.set(e, out.get(e).add(term(t.getValue(), t.getKey().without(v))));
    }
    return out;
  }

  /** Least common multiple of the coefficient denominators times the sign of the leading term: makes it integral. */
  public Rational integerScale() {
    BigInteger lcm = BigInteger.ONE;
    BigInteger gcd = BigInteger.ZERO;
    for (Rational c : terms.values()) {
      lcm = lcm.divide(lcm.gcd(c.den())).multiply(c.den());
      gcd = gcd.gcd(c.num());
    }
    if (gcd.signum() == 0) return Rational.ONE;
    return Rational.of(lcm, gcd);
  }

  /** Leading coefficient in print order. */
  public Rational leadingCoefficient() {
    return isZero() ? Rational.ZERO : sortedTerms().get(0).getValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Poly p && terms.equals(p.terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  @Override
  public String toString() {
    return Printer.poly(this);
  }
}
