package org.stepwise.math.exact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A product of atoms with positive whole exponents, kept sorted by atom key. Immutable. */
public final class Monomial implements Comparable<Monomial> {

  public static final Monomial ONE = new Monomial(new Atom[0], new int[0]);

  private final Atom[] atoms;
  private final int[] exps;
  private final int hash;

  private Monomial(Atom[] atoms, int[] exps) {
    this.atoms = atoms;
    this.exps = exps;
    this.hash = 31 * Arrays.hashCode(atoms) + Arrays.hashCode(exps);
  }

  public static Monomial of(Atom atom, int exp) {
    if (exp == 0) return ONE;
    return new Monomial(new Atom[] {atom}, new int[] {exp});
  }

  static Monomial of(Map<Atom, Integer> sorted) {
    List<Atom> as = new ArrayList<>();
    List<Integer> es = new ArrayList<>();
    sorted.forEach((a, e) -> {
      if (e != 0) {
        as.add(a);
        es.add(e);
      }
    });
    if (as.isEmpty()) return ONE;
    return new Monomial(as.toArray(new Atom[0]), es.stream().mapToInt(Integer::intValue).toArray());
  }

  public int size() {
    return atoms.length;
  }

  public Atom atom(int i) {
    return atoms[i];
  }

  public int exponent(int i) {
    return exps[i];
  }

  public boolean isOne() {
    return atoms.length == 0;
  }

  public int exponentOf(Atom a) {
    for (int i = 0; i < atoms.length; i++) if (atoms[i].equals(a)) return exps[i];
    return 0;
  }

  public int degree() {
    int d = 0;
    for (int i = 0; i < atoms.length; i++) if (atoms[i] instanceof Atom.Variable) d += exps[i];
    return d;
  }

  /** Degree in one variable. */
  public int degreeIn(String variable) {
    for (int i = 0; i < atoms.length; i++) {
      if (atoms[i] instanceof Atom.Variable v && v.name().equals(variable)) return exps[i];
    }
    return 0;
  }

  public boolean dependsOn(String variable) {
    for (Atom a : atoms) if (a.dependsOn(variable)) return true;
    return false;
  }

  public boolean hasVariables() {
    for (Atom a : atoms) {
      if (a instanceof Atom.Variable || a instanceof Atom.Radical r && !r.argument().isConstant()
          || a instanceof Atom.Abs ab && !ab.argument().isConstant()) {
        return true;
      }
    }
    return false;
  }

  /** This monomial without {@code atom}. */
  public Monomial without(Atom atom) {
    TreeMap<Atom, Integer> m = toMap();
    m.remove(atom);
    return of(m);
  }

  TreeMap<Atom, Integer> toMap() {
    TreeMap<Atom, Integer> m = new TreeMap<>();
    for (int i = 0; i < atoms.length; i++) m.put(atoms[i], exps[i]);
    return m;
  }

  /**
   * The product of two monomials as a coefficient and a monomial: square roots of integers combine
   * ({@code sqrt(2)*sqrt(6) = 2 sqrt(3)}).
   */
  Product multiply(Monomial o) {
    if (isOne()) return new Product(Rational.ONE, o);
    if (o.isOne()) return new Product(Rational.ONE, this);
    TreeMap<Atom, Integer> m = toMap();
    for (int i = 0; i < o.atoms.length; i++) m.merge(o.atoms[i], o.exps[i], Integer::sum);
    return normalizeSqrtInts(m);
  }

  static Product normalizeSqrtInts(TreeMap<Atom, Integer> m) {
    Rational coefficient = Rational.ONE;
    BigInteger leftover = BigInteger.ONE;
    boolean any = false;
    var it = m.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey() instanceof Atom.SqrtInt s) {
        any = true;
        int exp = e.getValue();
        coefficient = coefficient.multiply(Rational.of(s.radicand()).pow(exp / 2));
        if (exp % 2 == 1) {
          // product of two square-free numbers a*b = g^2 * (a/g)(b/g), and (a/g)(b/g) is square-free
          BigInteger g = leftover.gcd(s.radicand());
          coefficient = coefficient.multiply(Rational.of(g));
          leftover = leftover.divide(g).multiply(s.radicand().divide(g));
        }
        it.remove();
      }
    }
    if (any && !leftover.equals(BigInteger.ONE)) m.put(new Atom.SqrtInt(leftover), 1);
    return new Product(coefficient, of(m));
  }

  record Product(Rational coefficient, Monomial monomial) {}

  @Override
  public boolean equals(Object o) {
    return o instanceof Monomial m && hash == m.hash && Arrays.equals(atoms, m.atoms) && Arrays.equals(exps, m.exps);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Higher degree first, then by atom keys: the order terms are printed in. */
  @Override
  public int compareTo(Monomial o) {
    int d = Integer.compare(o.degree(), degree());
    if (d != 0) return d;
    int n = Math.min(atoms.length, o.atoms.length);
    for (int i = 0; i < n; i++) {
      int c = atoms[i].compareTo(o.atoms[i]);
      if (c != 0) return c;
      c = Integer.compare(o.exps[i], exps[i]);
      if (c != 0) return c;
    }
    return Integer.compare(o.atoms.length, atoms.length);
  }

  @Override
  public String toString() {
    return Printer.monomial(this);
  }
}
