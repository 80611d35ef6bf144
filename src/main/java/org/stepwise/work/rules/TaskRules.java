package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.solve.Substitution;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.PartText;
import org.stepwise.work.Substitute;
import org.stepwise.work.Terms;

/** Faulty steps that depend on what the task gives: values to substitute, two points, an expression to factor. */
final class TaskRules {
  /** Calls run inside the check's budget (nested engine calls share it). */
  private static final MathEngine ENGINE = MathEngine.standard();

  private TaskRules() {}

  /** A negative given substituted without its sign ({@code b=-1} in {@code 2a-b} gives {@code 2(3)-1}). */
  static MisconceptionRule substituteAbsoluteValue() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "substitute_absolute_value";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        if (in.unsubstituted() == null || in.givens().isEmpty()) {
          return List.of();
        }
        boolean substituting = in.atStart()
            || in.previous() instanceof Statement.Bare b && Terms.hasVariable(b.expr());
        if (!substituting) {
          return List.of();
        }
        List<Faulty> out = new ArrayList<>();
        for (Map.Entry<String, Expr> g : in.givens().entrySet()) {
          if (g.getValue() instanceof Expr.Neg n) {
            Map<String, Expr> wrong = new HashMap<>(in.givens());
            wrong.put(g.getKey(), n.operand());
            out.add(new Faulty(new Statement.Bare(Substitute.of(in.unsubstituted(), wrong)), g.getKey()));
          }
        }
        return out;
      }
    };
  }

  /** Slope computed as change in x over change in y. */
  static MisconceptionRule runOverRise() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "run_over_rise";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        List<Rational> p = in.points();
        if (p == null || p.size() != 4 || !in.atStart() || p.get(3).equals(p.get(1))) {
          return List.of();
        }
        Expr run = new Expr.Sub(Terms.num(p.get(2)), Terms.num(p.get(0)));
        Expr rise = new Expr.Sub(Terms.num(p.get(3)), Terms.num(p.get(1)));
        Expr wrong = new Expr.Div(run, rise);
        return List.of(new Faulty(new Statement.Bare(wrong), PartText.of(wrong)));
      }
    };
  }

  /** The constant term of the expression lost while expanding or simplifying. */
  static MisconceptionRule dropConstantTerm() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "drop_constant_term";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        if (in.kind() != RuleInput.LineKind.EXPRESSION || !(in.previous() instanceof Statement.Bare b)) {
          return List.of();
        }
        Optional<Rational> constant = constantTerm(b.expr());
        if (constant.isEmpty() || constant.get().isZero()) {
          return List.of();
        }
        Expr wrong = new Expr.Sub(b.expr(), Terms.num(constant.get()));
        return List.of(new Faulty(new Statement.Bare(wrong), PartText.of(b.expr())));
      }
    };
  }

  /** The value of a polynomial expression at 0 for every letter; empty for a constant or where it is undefined. */
  private static Optional<Rational> constantTerm(Expr e) {
    try {
      RatFun v = ENGINE.value(e);
      if (v.isConstant()) {
        return Optional.empty(); // no letters: there is no "constant term" to lose
      }
      for (String x : v.variables()) {
        v = Substitution.at(v, x, RatFun.ZERO);
      }
      return v.isRational() ? Optional.of(v.rationalValue()) : Optional.empty();
    } catch (MathException | ArithmeticException ex) {
      if (ex instanceof MathException m && m.code() == MathException.Code.TIMEOUT) {
        throw m;
      }
      return Optional.empty();
    }
  }

  /** A factorisation whose brackets hold the right numbers with the opposite signs: the expression at -x. */
  static MisconceptionRule factorWithFlippedSigns() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "factor_with_flipped_signs";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        if (in.kind() != RuleInput.LineKind.FACTOR || !(in.previous() instanceof Statement.Bare b)) {
          return List.of();
        }
        var vars = org.stepwise.math.ast.Shapes.variables(b.expr());
        if (vars.size() != 1) {
          return List.of();
        }
        String v = vars.first();
        Expr wrong = Substitute.of(b.expr(), Map.of(v, new Expr.Neg(new Expr.Var(v))));
        return List.of(new Faulty(new Statement.Bare(wrong), null));
      }
    };
  }
}
