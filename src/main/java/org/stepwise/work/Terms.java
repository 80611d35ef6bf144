package org.stepwise.work;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.Rational;

/**
 * Views of an expression tree that misconception rules reason about: the signed terms of a sum, the factors of a
 * product, numeric literals and coefficients, and builders that turn such lists back into trees.
 */
public final class Terms {
  private Terms() {}

  /**
   * Signed terms of a sum: {@code 5x-4+x} gives {@code [5x, -4, x]} (a subtracted term is wrapped in Neg); a
   * subtracted bracket stays one term: {@code 10-(x-2)} gives {@code [10, -(x-2)]}.
   */
  public static List<Expr> of(Expr e) {
    List<Expr> out = new ArrayList<>();
    collect(e, false, out);
    return out;
  }

  private static void collect(Expr e, boolean negate, List<Expr> out) {
    switch (e) {
      case Expr.Add a -> {
        collect(a.left(), negate, out);
        collect(a.right(), negate, out);
      }
      case Expr.Sub s when s.right() instanceof Expr.Add || s.right() instanceof Expr.Sub -> {
        // a - (b + c): the bracket is one term to the student, and rules such as "the minus reached only b"
        // must see it whole
        collect(s.left(), negate, out);
        out.add(negate ? s.right() : new Expr.Neg(s.right()));
      }
      case Expr.Sub s -> {
        collect(s.left(), negate, out);
        collect(s.right(), !negate, out);
      }
      default -> out.add(negate ? negate(e) : e);
    }
  }

  /** Builds a sum from signed terms, writing a negative term as a subtraction. An empty list is 0. */
  public static Expr sum(List<Expr> terms) {
    if (terms.isEmpty()) {
      return num(Rational.ZERO);
    }
    Expr e = terms.get(0);
    for (int i = 1; i < terms.size(); i++) {
      Expr t = terms.get(i);
      e = t instanceof Expr.Neg n ? new Expr.Sub(e, n.operand()) : new Expr.Add(e, t);
    }
    return e;
  }

  /** Factors of a product chain (explicit or implicit multiplication); a non-product is its own single factor. */
  public static List<Expr> factors(Expr e) {
    List<Expr> out = new ArrayList<>();
    collectFactors(e, out);
    return out;
  }

  private static void collectFactors(Expr e, List<Expr> out) {
    if (e instanceof Expr.Mul m) {
      collectFactors(m.left(), out);
      collectFactors(m.right(), out);
    } else {
      out.add(e);
    }
  }

  public static Expr product(List<Expr> factors) {
    if (factors.isEmpty()) {
      return num(Rational.ONE);
    }
    Expr e = factors.get(0);
    for (int i = 1; i < factors.size(); i++) {
      e = new Expr.Mul(e, factors.get(i), false);
    }
    return e;
  }

  public static Expr mul(Expr a, Expr b) {
    return new Expr.Mul(a, b, false);
  }

  /** Negation that does not stack: the negation of {@code -a} is {@code a}. */
  public static Expr negate(Expr e) {
    return e instanceof Expr.Neg n ? n.operand() : new Expr.Neg(e);
  }

  /** A literal number tree for a rational: {@code -3/4} is {@code Neg(Div(3, 4))}. */
  public static Expr num(Rational r) {
    if (r.signum() < 0) {
      return new Expr.Neg(num(r.negate()));
    }
    Expr n = new Expr.Num(Rational.of(r.num()), r.num().toString());
    if (r.isInteger()) {
      return n;
    }
    return new Expr.Div(n, new Expr.Num(Rational.of(r.den()), r.den().toString()));
  }

  /** The value of a literal number as written: {@code 3}, {@code -3}, {@code (-3)}, {@code 2 1/2}, {@code 3/4}. */
  public static Optional<Rational> literal(Expr e) {
    return switch (e) {
      case Expr.Num n -> Optional.of(n.value());
      case Expr.Mixed m -> Optional.of(m.value());
      case Expr.Neg n -> literal(n.operand()).map(Rational::negate);
      case Expr.Div d -> literal(d.left()).flatMap(a -> literal(d.right())
          .filter(b -> !b.isZero() && a.isInteger() && b.isInteger())
          .map(a::divide));
      default -> Optional.empty();
    };
  }

  /** A literal integer, if {@code e} is one. */
  public static Optional<BigInteger> integer(Expr e) {
    return literal(e).filter(Rational::isInteger).map(Rational::num);
  }

  /** Whether the tree mentions any variable. */
  public static boolean hasVariable(Expr e) {
    return switch (e) {
      case Expr.Var v -> true;
      case Expr.Num n -> false;
      case Expr.Mixed m -> false;
      case Expr.Const c -> false;
      case Expr.Neg n -> hasVariable(n.operand());
      case Expr.Add a -> hasVariable(a.left()) || hasVariable(a.right());
      case Expr.Sub s -> hasVariable(s.left()) || hasVariable(s.right());
      case Expr.Mul m -> hasVariable(m.left()) || hasVariable(m.right());
      case Expr.Div d -> hasVariable(d.left()) || hasVariable(d.right());
      case Expr.Pow p -> hasVariable(p.base()) || hasVariable(p.exponent());
      case Expr.Call c -> hasVariable(c.argument());
      case Expr.Percent p -> hasVariable(p.operand());
    };
  }

  /**
   * A term split into its numeric coefficient and the rest: {@code -3x^2} is (-3, x^2), {@code x/2} is (1/2, x),
   * {@code 7} is (7, empty). Terms that are not a number times a product of non-numbers give empty.
   */
  public static Optional<Monomial> monomial(Expr term) {
    return switch (term) {
      case Expr.Neg n -> monomial(n.operand()).map(m -> new Monomial(m.coefficient().negate(), m.rest()));
      case Expr.Div d -> literal(d.right()).filter(r -> !r.isZero())
          .flatMap(r -> monomial(d.left()).map(m -> new Monomial(m.coefficient().divide(r), m.rest())));
      default -> {
        Rational c = Rational.ONE;
        List<Expr> rest = new ArrayList<>();
        for (Expr f : factors(term)) {
          Optional<Rational> v = literal(f);
          if (v.isPresent()) {
            c = c.multiply(v.get());
          } else if (f instanceof Expr.Neg n) {
            Optional<Monomial> inner = monomial(n.operand());
            if (inner.isEmpty()) {
              yield Optional.empty();
            }
            c = c.multiply(inner.get().coefficient()).negate();
            rest.addAll(inner.get().rest());
          } else {
            rest.add(f);
          }
        }
        yield Optional.of(new Monomial(c, rest));
      }
    };
  }

  /** A coefficient times a product of non-numeric factors (empty for a constant term). */
  public record Monomial(Rational coefficient, List<Expr> rest) {
    public Monomial {
      rest = List.copyOf(rest);
    }

    /** The variable part as text, so like terms can be recognised ({@code ""} for a constant). */
    public String variablePart() {
      return rest.isEmpty() ? "" : PartText.of(product(rest));
    }

    public boolean isConstant() {
      return rest.isEmpty();
    }

    /** Whether the variable part is a product of powers of variables ({@code x^2 y}), not a bracket or a root. */
    public boolean isPowerProduct() {
      return rest.stream().allMatch(f -> f instanceof Expr.Var
          || f instanceof Expr.Pow p && p.base() instanceof Expr.Var && integer(p.exponent()).isPresent());
    }

    /** Rebuilds coefficient times variable part, with a new coefficient. */
    public Expr withCoefficient(Rational c) {
      if (rest.isEmpty()) {
        return num(c);
      }
      Expr v = product(rest);
      if (c.isOne()) {
        return v;
      }
      if (c.equals(Rational.MINUS_ONE)) {
        return new Expr.Neg(v);
      }
      Expr k = num(c.abs());
      Expr t = new Expr.Mul(k, v, true);
      return c.signum() < 0 ? new Expr.Neg(t) : t;
    }
  }
}
