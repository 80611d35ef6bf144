package org.stepwise.work.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/** Faulty steps that act on both sides of an equation or inequality at once. */
final class EquationRules {
  private EquationRules() {}

  /** A two-sided relation {@code left op right}; chains and combinations are not worked on step by step. */
  private record Sides(Expr left, RelOp op, Expr right) {
    static Optional<Sides> of(Statement s) {
      if (s instanceof Statement.Relation r && r.operands().size() == 2 && r.ops().get(0) != RelOp.NE) {
        return Optional.of(new Sides(r.operands().get(0), r.ops().get(0), r.operands().get(1)));
      }
      return Optional.empty();
    }

    Expr side(int i) {
      return i == 0 ? left : right;
    }

    static Statement relation(Expr a, RelOp op, Expr b) {
      return new Statement.Relation(List.of(a, b), List.of(op));
    }

    /** The relation with side {@code i} replaced by {@code mine} and the other by {@code other}. */
    Statement with(int i, Expr mine, Expr other, RelOp newOp) {
      return i == 0 ? relation(mine, newOp, other) : relation(other, newOp, mine);
    }
  }

  /** A term moved to the other side with its sign unchanged. */
  static MisconceptionRule moveTermKeepSign() {
    return rule("move_term_keep_sign", (in, s) -> {
      List<Faulty> out = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        List<Expr> here = Terms.of(s.side(i));
        if (here.size() < 2) {
          continue;
        }
        for (int t = 0; t < here.size(); t++) {
          List<Expr> rest = new ArrayList<>(here);
          Expr moved = rest.remove(t);
          List<Expr> there = new ArrayList<>(Terms.of(s.side(1 - i)));
          there.removeIf(EquationRules::isZero);
          there.add(moved);
          out.add(new Faulty(s.with(i, Terms.sum(rest), Terms.sum(there), s.op()), PartText.signed(moved)));
        }
      }
      return out;
    });
  }

  private static boolean isZero(Expr e) {
    return Terms.literal(e).filter(Rational::isZero).isPresent();
  }

  /** Both sides divided by k, but on a side with several terms only one term is divided. */
  static MisconceptionRule divideSingleTerm() {
    MisconceptionRule onEquations = rule("divide_single_term", (in, s) -> {
      List<Faulty> out = new ArrayList<>();
      for (Rational k : integerCoefficients(s)) {
        RelOp op = k.signum() < 0 ? s.op().mirrored() : s.op();
        for (int i = 0; i < 2; i++) {
          List<Expr> here = Terms.of(s.side(i));
          if (here.size() < 2) {
            continue;
          }
          for (int t = 0; t < here.size(); t++) {
            List<Expr> wrong = new ArrayList<>(here);
            wrong.set(t, scale(here.get(t), k.reciprocal()));
            Expr other = new Expr.Div(s.side(1 - i), Terms.num(k));
            out.add(new Faulty(s.with(i, Terms.sum(wrong), other, op), PartText.of(Terms.num(k))));
          }
        }
      }
      return out;
    });
    SiteRule inFractions = new SiteRule("divide_single_term", e -> {
      List<Rewrite> out = new ArrayList<>();
      if (e instanceof Expr.Div d && Terms.integer(d.right()).filter(n -> n.abs().compareTo(BigInteger.ONE) > 0).isPresent()) {
        Rational k = Terms.literal(d.right()).orElseThrow();
        List<Expr> terms = Terms.of(d.left());
        for (int t = 0; terms.size() >= 2 && t < terms.size(); t++) {
          List<Expr> wrong = new ArrayList<>(terms);
          wrong.set(t, scale(terms.get(t), k.reciprocal()));
          out.add(new Rewrite(Terms.sum(wrong), PartText.of(d.right())));
        }
      }
      return out;
    });
    return both("divide_single_term", onEquations, inFractions);
  }

  /** Both sides multiplied by k to clear a fraction, but on a side with several terms only one is multiplied. */
  static MisconceptionRule multiplySingleTerm() {
    return rule("multiply_single_term", (in, s) -> {
      List<Faulty> out = new ArrayList<>();
      for (Rational k : denominators(s)) {
        for (int i = 0; i < 2; i++) {
          List<Expr> here = Terms.of(s.side(i));
          if (here.size() < 2) {
            continue;
          }
          for (int t = 0; t < here.size(); t++) {
            List<Expr> wrong = new ArrayList<>(here);
            wrong.set(t, scale(here.get(t), k));
            Expr other = Terms.mul(Terms.num(k), s.side(1 - i));
            out.add(new Faulty(s.with(i, Terms.sum(wrong), other, s.op()), PartText.of(Terms.num(k))));
          }
        }
      }
      return out;
    });
  }

  /** Both sides of an inequality divided by a negative number with the sign left as it was. */
  static MisconceptionRule keepInequalityDirection() {
    return rule("keep_inequality_direction", (in, s) -> {
      if (s.op() == RelOp.EQ) {
        return List.of();
      }
      List<Faulty> out = new ArrayList<>();
      for (Rational k : variableCoefficients(s)) {
        if (k.signum() < 0) {
          Expr n = Terms.num(k);
          Statement wrong = Sides.relation(new Expr.Div(s.left(), n), s.op(), new Expr.Div(s.right(), n));
          out.add(new Faulty(wrong, PartText.of(n)));
        }
      }
      return out;
    });
  }

  /** Both sides of an equation divided by the variable (every term holds it), losing the root 0. */
  static MisconceptionRule divideByVariable() {
    return rule("divide_by_variable", (in, s) -> {
      if (s.op() != RelOp.EQ || in.variable() == null) {
        return List.of();
      }
      Optional<Expr> l = lowerDegree(s.left(), in.variable());
      Optional<Expr> r = lowerDegree(s.right(), in.variable());
      if (l.isEmpty() || r.isEmpty()) {
        return List.of();
      }
      return List.of(new Faulty(Sides.relation(l.get(), RelOp.EQ, r.get()), in.variable()));
    });
  }

  /** Each term divided by the variable symbolically ({@code 3x^2 -> 3x}); empty if a non-zero term lacks it. */
  private static Optional<Expr> lowerDegree(Expr side, String v) {
    List<Expr> out = new ArrayList<>();
    for (Expr t : Terms.of(side)) {
      if (isZero(t)) {
        out.add(t);
        continue;
      }
      Optional<Terms.Monomial> m = Terms.monomial(t);
      if (m.isEmpty()) {
        return Optional.empty();
      }
      List<Expr> rest = new ArrayList<>(m.get().rest());
      int at = -1;
      for (int i = 0; i < rest.size() && at < 0; i++) {
        if (rest.get(i) instanceof Expr.Var x && x.name().equals(v)
            || rest.get(i) instanceof Expr.Pow p && p.base() instanceof Expr.Var x2 && x2.name().equals(v)
                && Terms.integer(p.exponent()).filter(n -> n.intValue() >= 2).isPresent()) {
          at = i;
        }
      }
      if (at < 0) {
        return Optional.empty();
      }
      if (rest.get(at) instanceof Expr.Pow p) {
        BigInteger n = Terms.integer(p.exponent()).orElseThrow().subtract(BigInteger.ONE);
        rest.set(at, n.equals(BigInteger.ONE) ? p.base() : new Expr.Pow(p.base(), Terms.num(Rational.of(n))));
      } else {
        rest.remove(at);
      }
      out.add(new Terms.Monomial(m.get().coefficient(), rest).withCoefficient(m.get().coefficient()));
    }
    return Optional.of(Terms.sum(out));
  }

  /** {@code 3x = 12} undone by subtracting 3 (or multiplying by 3); {@code x/3 = 4} undone by dividing by 3. */
  static MisconceptionRule wrongInverse() {
    return rule("wrong_inverse", (in, s) -> {
      if (s.op() != RelOp.EQ || in.variable() == null) {
        return List.of();
      }
      List<Faulty> out = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Expr here = s.side(i);
        Expr other = s.side(1 - i);
        Optional<Terms.Monomial> m = Terms.monomial(here);
        if (Terms.of(here).size() != 1 || Terms.hasVariable(other) || m.isEmpty()
            || m.get().rest().size() != 1 || !(m.get().rest().get(0) instanceof Expr.Var x)
            || !x.name().equals(in.variable()) || m.get().coefficient().isOne()) {
          continue;
        }
        Expr c = Terms.num(m.get().coefficient());
        Expr v = new Expr.Var(in.variable());
        String part = PartText.of(here);
        for (Expr wrong : List.of(Terms.mul(other, c), new Expr.Sub(other, c), new Expr.Add(other, c))) {
          out.add(new Faulty(Sides.relation(v, RelOp.EQ, wrong), part));
        }
      }
      return out;
    });
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  /** A term times k, kept as a clean monomial when it is one ({@code 2x * 1/2 -> x}). */
  private static Expr scale(Expr term, Rational k) {
    Optional<Terms.Monomial> m = Terms.monomial(term);
    if (m.isPresent()) {
      return m.get().withCoefficient(m.get().coefficient().multiply(k));
    }
    return Terms.mul(Terms.num(k), term);
  }

  /** Numeric coefficients of the terms that hold a variable, on both sides. */
  private static Set<Rational> variableCoefficients(Sides s) {
    Set<Rational> out = new LinkedHashSet<>();
    for (int i = 0; i < 2; i++) {
      for (Expr t : Terms.of(s.side(i))) {
        if (Terms.hasVariable(t)) {
          Terms.monomial(t).ifPresent(m -> out.add(m.coefficient()));
        }
      }
    }
    return out;
  }

  /** Integer coefficients other than ±1: the numbers a student divides by. */
  private static Set<Rational> integerCoefficients(Sides s) {
    Set<Rational> out = new LinkedHashSet<>();
    for (Rational c : variableCoefficients(s)) {
      if (c.isInteger() && c.abs().compareTo(Rational.ONE) > 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** Denominators of fractional coefficients: the numbers a student multiplies by to clear fractions. */
  private static Set<Rational> denominators(Sides s) {
    Set<Rational> out = new LinkedHashSet<>();
    for (Rational c : variableCoefficients(s)) {
      if (!c.isInteger()) {
        out.add(Rational.of(c.den()));
      }
    }
    return out;
  }

  private interface SidesRule {
    List<Faulty> apply(RuleInput in, Sides s);
  }

  private static MisconceptionRule rule(String id, SidesRule body) {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        return Sides.of(in.previous()).map(s -> body.apply(in, s)).orElse(List.of());
      }
    };
  }

  private static MisconceptionRule both(String id, MisconceptionRule a, MisconceptionRule b) {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        List<Faulty> out = new ArrayList<>(a.apply(in));
        if (!(in.previous() instanceof Statement.Relation)) {
          out.addAll(b.apply(in));
        }
        return out;
      }
    };
  }
}
