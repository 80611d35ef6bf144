package org.stepwise.math.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain-text forms of exact objects that the parser reads back to the same value: {@code 3x^2 - 2x + 1},
 * {@code 2sqrt(2)}, {@code 3x/4}, {@code (x + 1)/(x - 1)}. Used for answers, atom keys and messages.
 */
public final class Printer {

  private Printer() {}

  public static String poly(Poly p) {
    if (p.isZero()) return "0";
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    for (Map.Entry<Monomial, Rational> t : p.sortedTerms()) {
      Rational c = t.getValue();
      if (first) {
        if (c.signum() < 0) sb.append('-');
      } else {
        sb.append(c.signum() < 0 ? " - " : " + ");
      }
      sb.append(term(c.abs(), t.getKey()));
      first = false;
    }
    return sb.toString();
  }

  /** A term with a positive coefficient. */
  static String term(Rational c, Monomial m) {
    if (m.isOne()) return c.toString();
    String body = monomial(m);
    String numerator = c.num().equals(java.math.BigInteger.ONE) ? body : c.num() + body;
    return c.isInteger() ? numerator : numerator + "/" + c.den();
  }

  public static String monomial(Monomial m) {
    List<String> front = new ArrayList<>(); // sqrt of integers and pi first, so "2sqrt(2)x" reads back
    List<String> vars = new ArrayList<>();
    List<String> back = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      Atom a = m.atom(i);
      int e = m.exponent(i);
      String base = switch (a) {
        case Atom.Variable v -> v.name();
        case Atom.Pi p -> "pi";
        case Atom.SqrtInt s -> "sqrt(" + s.radicand() + ")";
        case Atom.Radical r -> "sqrt(" + poly(r.argument()) + ")";
        case Atom.Abs ab -> "abs(" + poly(ab.argument()) + ")";
      };
      String f = e == 1 ? base : base + "^" + e;
      switch (a) {
        case Atom.Variable v -> vars.add(f);
        case Atom.Pi p -> front.add(f);
        case Atom.SqrtInt s -> front.add(0, f);
        default -> back.add(f);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> group : List.of(front, vars, back)) {
      for (String f : group) {
        if (!sb.isEmpty() && Character.isLetter(sb.charAt(sb.length() - 1)) && Character.isLetter(f.charAt(0))
            && (f.length() > 1 && Character.isLetter(f.charAt(1)) || endsWithWord(sb))) {
          sb.append('*');
        }
        sb.append(f);
      }
    }
    return sb.toString();
  }

  private static boolean endsWithWord(CharSequence s) {
    int n = s.length();
    return n >= 2 && Character.isLetter(s.charAt(n - 1)) && Character.isLetter(s.charAt(n - 2));
  }

  public static String ratFun(RatFun f) {
    if (f.isPolynomial()) return poly(f.num());
    return wrap(f.num()) + "/" + wrap(f.den());
  }

  private static String wrap(Poly p) {
    String s = poly(p);
    boolean single = p.size() == 1 && !s.startsWith("-") && p.sortedTerms().get(0).getValue().isInteger()
        && (p.sortedTerms().get(0).getKey().isOne() || p.sortedTerms().get(0).getValue().isOne());
    return single ? s : "(" + s + ")";
  }
}
