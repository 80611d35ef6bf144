package org.stepwise.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.form.FormCheck;
import org.stepwise.math.solve.LinearSystem;
import org.stepwise.math.solve.Real;
import org.stepwise.math.solve.RealSet;

/**
 * The questions work checking asks the math engine, in one place. Every verdict comes from the engine; a line the
 * engine cannot judge (wrong kind, division by zero) simply does not compare equal.
 */
final class MathOps {
  /** Calls inside a check share the check's budget (see {@link Budgeted}); alone they get the standard one. */
  private static final MathEngine ENGINE = MathEngine.standard();

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
      java.util.Set<String> others = new TreeSet<>(Shapes.variables(a));
      others.addAll(Shapes.variables(b));
      others.remove(x);
      if (others.isEmpty()) {
        return ENGINE.solve(a, x).equals(ENGINE.solve(b, x));
      }
      // Solving for x in terms of other letters: the engine solves in one variable, so compare the two lines at
      // several values of the other letters. Exact arithmetic at unrelated values makes a coincidence unlikely;
      // the values avoid 0 and 1, where dividing by a letter or a letter-1 would be undefined.
      for (int k = 0; k < PARAMETERS.length; k++) {
        Map<String, Expr> at = new java.util.HashMap<>();
        int i = 0;
        for (String v : others) {
          at.put(v, Terms.num(PARAMETERS[(k + i++) % PARAMETERS.length]));
        }
        if (!ENGINE.solve(Substitute.of(a, at), x).equals(ENGINE.solve(Substitute.of(b, at), x))) {
          return false;
        }
      }
      return true;
    } catch (MathException e) {
      return notJudged(e, false);
    }
  }

  /** Whether {@code s} has no solution or every number as a solution: a match on such a set explains nothing. */
  static boolean degenerate(Statement s, String x) {
    try {
      if (!Shapes.variables(s).stream().allMatch(x::equals)) {
        return false;
      }
      RealSet set = ENGINE.solve(s, x);
      return set.isEmpty() || set.isAll();
    } catch (MathException e) {
      return notJudged(e, true);
    }
  }

  private static final Rational[] PARAMETERS = {Rational.of(7, 3), Rational.of(-11, 5), Rational.of(13, 4)};

  /** Whether the engine can solve {@code s} for {@code x}; throws the engine's reason when it cannot. */
  static void requireSolvable(Statement s, String x) {
    java.util.Set<String> others = new TreeSet<>(Shapes.variables(s));
    others.remove(x);
    Map<String, Expr> at = new java.util.HashMap<>();
    int i = 0;
    for (String v : others) {
      at.put(v, Terms.num(PARAMETERS[i++ % PARAMETERS.length]));
    }
    ENGINE.solve(Substitute.of(s, at), x);
  }

  static RatFun value(Expr e) {
    return ENGINE.value(e);
  }

  /** The solutions of {@code s} in {@code x} when they are finitely many rationals. */
  static Optional<List<Rational>> finiteRationalSolutions(Statement s, String x) {
    try {
      RealSet set = ENGINE.solve(s, x);
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
      return ENGINE.value(a).equivalentTo(ENGINE.value(b));
    } catch (MathException e) {
      return notJudged(e, false);
    }
  }

  /** The value of an expression without variables (it may hold square roots or pi). */
  static Optional<RatFun> constant(Expr e) {
    try {
      RatFun v = ENGINE.value(e);
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
      return ENGINE.run(() -> FormCheck.problem(r, answer));
    } catch (MathException e) {
      return notJudged(e, e.getMessage());
    }
  }

  /** The unique solution of a system of linear equations, if it has one. */
  static Optional<Map<String, Rational>> uniqueSolution(Statement system) {
    try {
      LinearSystem ls = ENGINE.run(() -> LinearSystem.from(system, Shapes.variables(system)));
      return ls == null ? Optional.empty() : Optional.ofNullable(ls.uniqueSolution());
    } catch (MathException e) {
      return notJudged(e, Optional.empty());
    }
  }

  /** Two linear equations (or systems) with the same solutions in the letters of both. */
  static boolean sameLinearEquation(Statement a, Statement b) {
    try {
      TreeSet<String> vars = new TreeSet<>(Shapes.variables(a));
      vars.addAll(Shapes.variables(b));
      LinearSystem x = ENGINE.run(() -> LinearSystem.from(a, vars));
      LinearSystem y = ENGINE.run(() -> LinearSystem.from(b, vars));
      return x != null && y != null && !x.inconsistent() && x.sameSolutions(y);
    } catch (MathException e) {
      return notJudged(e, false);
    }
  }

  static java.util.Set<String> variables(Statement s) {
    return Shapes.variables(s);
  }
}
