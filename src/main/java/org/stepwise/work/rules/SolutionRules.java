package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/** Faulty steps stated on the solutions of the previous line: reading roots off factors, taking square roots. */
final class SolutionRules {
  private SolutionRules() {}

  /** The solutions of {@code (x-a)(x-b)=0} read as {@code -a} and {@code -b}. */
  static MisconceptionRule rootSignFlipped() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "root_sign_flipped";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        if (!(in.previous() instanceof Statement.Relation r) || !r.isEquation() || in.variable() == null
            || !hasFactoredSide(r)) {
          return List.of();
        }
        Optional<List<Rational>> roots = in.solutions().finite(r, in.variable());
        if (roots.isEmpty() || roots.get().isEmpty()) {
          return List.of();
        }
        Set<Rational> flipped = new TreeSet<>();
        roots.get().forEach(x -> flipped.add(x.negate()));
        if (flipped.equals(new TreeSet<>(roots.get()))) {
          return List.of();
        }
        return List.of(new Faulty(anyOf(in.variable(), flipped), PartText.of(nonZeroSide(r))));
      }
    };
  }

  /** A side that is a product with a bracketed sum: where students read roots off the factors. */
  private static boolean hasFactoredSide(Statement.Relation r) {
    for (Expr side : r.operands()) {
      if (side instanceof Expr.Mul && Terms.factors(side).stream().anyMatch(f -> Terms.of(f).size() >= 2)) {
        return true;
      }
    }
    return false;
  }

  /** Only the positive root kept after taking square roots of {@code x^2 = c}. */
  static MisconceptionRule keepPositiveRoot() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "keep_positive_root";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        if (!(in.previous() instanceof Statement.Relation r) || !r.isEquation() || in.variable() == null
            || !hasSquare(r, in.variable())) {
          return List.of();
        }
        Optional<List<Rational>> roots = in.solutions().finite(r, in.variable());
        if (roots.isEmpty() || roots.get().stream().noneMatch(x -> x.signum() < 0)) {
          return List.of();
        }
        Set<Rational> positive = new TreeSet<>();
        roots.get().stream().filter(x -> x.signum() > 0).forEach(positive::add);
        if (positive.isEmpty()) {
          return List.of();
        }
        return List.of(new Faulty(anyOf(in.variable(), positive), PartText.of(constantSide(r))));
      }
    };
  }

  private static boolean hasSquare(Statement.Relation r, String v) {
    for (Expr side : r.operands()) {
      for (Expr t : Terms.of(side)) {
        Expr unsigned = t instanceof Expr.Neg n ? n.operand() : t;
        for (Expr g : Terms.factors(unsigned)) {
          if (g instanceof Expr.Pow p && p.base() instanceof Expr.Var x && x.name().equals(v)
              && Terms.integer(p.exponent()).filter(k -> k.intValue() == 2).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Expr nonZeroSide(Statement.Relation r) {
    for (Expr side : r.operands()) {
      if (Terms.literal(side).filter(Rational::isZero).isEmpty()) {
        return side;
      }
    }
    return r.operands().get(0);
  }

  /** The side without the variable (the number whose root is taken), or the whole left side. */
  private static Expr constantSide(Statement.Relation r) {
    for (Expr side : r.operands()) {
      if (!Terms.hasVariable(side)) {
        return side;
      }
    }
    return r.operands().get(0);
  }

  /** {@code x = a or x = b ...} for a finite set. */
  static Statement anyOf(String variable, Set<Rational> values) {
    List<Statement> parts = new ArrayList<>();
    for (Rational x : values) {
      parts.add(new Statement.Relation(List.of(new Expr.Var(variable), Terms.num(x)), List.of(RelOp.EQ)));
    }
    return parts.size() == 1 ? parts.get(0) : new Statement.Or(parts);
  }
}
