package org.stepwise.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.form.FormCheck;
import org.stepwise.math.solve.LinearSystem;
import org.stepwise.math.solve.Real;
import org.stepwise.math.solve.RealSet;
import org.stepwise.math.solve.SolutionSets;

/**
 * The questions work checking asks the math engine, in one place. Every verdict comes from the engine; a line the
 * engine cannot judge (wrong kind, division by zero) simply does not compare equal.
 */
final class MathOps {
  private MathOps() {}

  /** A line the engine cannot judge gets {@code fallback}; running out of time ends the whole check. */
  private static <T> T notJudged(MathException e, T fallback) {
    if (e.code() == MathException.Code.TIMEOUT) {
      throw e;
    }
    return fallback;
  }

  static boolean sameSolutions(Statement a, Statement b, String x) {
    try {
      return SolutionSets.of(a, x).equals(SolutionSets.of(b, x));
    } catch (MathException e) {
      return notJudged(e, false);
    }
  }

  /** The solutions of {@code s} in {@code x} when they are finitely many rationals. */
  static Optional<List<Rational>> finiteRationalSolutions(Statement s, String x) {
    try {
      RealSet set = SolutionSets.of(s, x);
      List<Real> points = set.pointsOrNull();
      if (points == null) {
        return Optional.empty();
      }
      List<Rational> out = new ArrayList<>();
      for (Real r : points) {
        if (!r.value().isRational()) {
          return Optional.empty();
        }
        out.add(r.value().rationalValue());
      }
      return Optional.of(out);
    } catch (MathException e) {
      return notJudged(e, Optional.empty());
    }
  }

  static boolean equivalent(Expr a, Expr b) {
    try {
      return ExprValue.of(a).equivalentTo(ExprValue.of(b));
    } catch (MathException e) {
      return notJudged(e, false);
    }
  }

  /** The value of an expression without variables (it may hold square roots or pi). */
  static Optional<RatFun> constant(Expr e) {
    try {
      RatFun v = ExprValue.of(e);
      return v.isConstant() ? Optional.of(v) : Optional.empty();
    } catch (MathException ex) {
      return notJudged(ex, Optional.empty());
    }
  }

  static boolean sameConstant(Expr a, Expr b) {
    Optional<RatFun> x = constant(a);
    Optional<RatFun> y = constant(b);
    return x.isPresent() && y.isPresent() && x.get().equivalentTo(y.get());
  }

  /** What keeps {@code answer} from the required form, or {@code null} when it is in that form. */
  static String formProblem(Requirement r, Statement answer) {
    try {
      return FormCheck.problem(r, answer);
    } catch (MathException e) {
      return notJudged(e, e.getMessage());
    }
  }

  /** The unique solution of a system of linear equations, if it has one. */
  static Optional<Map<String, Rational>> uniqueSolution(Statement system) {
    try {
      TreeSet<String> vars = new TreeSet<>(variables(system));
      LinearSystem ls = LinearSystem.from(system, vars);
      return ls == null ? Optional.empty() : Optional.ofNullable(ls.uniqueSolution());
    } catch (MathException e) {
      return notJudged(e, Optional.empty());
    }
  }

  static java.util.Set<String> variables(Statement s) {
    java.util.Set<String> out = new TreeSet<>();
    switch (s) {
      case Statement.Bare b -> addVariables(b.expr(), out);
      case Statement.Relation r -> r.operands().forEach(e -> addVariables(e, out));
      case Statement.And a -> a.parts().forEach(p -> out.addAll(variables(p)));
      case Statement.Or o -> o.parts().forEach(p -> out.addAll(variables(p)));
      case Statement.SetOf set -> set.elements().forEach(p -> out.addAll(variables(p)));
      case Statement.Tuple t -> t.items().forEach(e -> addVariables(e, out));
      default -> { }
    }
    return out;
  }

  private static void addVariables(Expr e, java.util.Set<String> out) {
    try {
      out.addAll(ExprValue.of(e).variables());
    } catch (MathException ex) {
      notJudged(ex, null); // a line the engine cannot value has no variables worth reporting
    }
  }
}
