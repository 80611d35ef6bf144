package org.stepwise.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.rules.RuleInput.LineKind;

/**
 * Whether a line follows from the task, and whether it is a finished answer. A line follows when it says the same
 * as the start: same solutions (so multiplying by a non-zero number is fine and dividing by x, which loses x = 0,
 * is not), an equivalent expression, or the same value. For a system, a line follows when the system's solution
 * satisfies it (elimination produces consequences such as {@code 2x = 12}, not equivalent systems).
 */
final class LineJudge {
  private LineJudge() {}

  static boolean follows(WorkTask task, Statement line) {
    return switch (task.kind()) {
      case EQUATION, INEQUALITY -> MathOps.sameSolutions(line, task.start(), task.variable());
      case EXPRESSION, FACTOR -> line instanceof Statement.Bare b
          && MathOps.equivalent(b.expr(), ((Statement.Bare) task.start()).expr());
      case VALUE -> line instanceof Statement.Bare b
          && MathOps.sameConstant(withGivens(task, b.expr()), ((Statement.Bare) task.start()).expr());
      case SYSTEM -> MathOps.uniqueSolution(task.start()).map(sol -> holdsAt(line, sol)).orElse(false);
    };
  }

  /**
   * Fails with a clear error when the engine cannot judge lines of this task at all (too large, not solvable by
   * the engine, a system without a unique solution), instead of calling every line wrong.
   */
  static void requireCheckable(WorkTask task) {
    try {
      switch (task.kind()) {
        case EQUATION, INEQUALITY -> MathOps.requireSolvable(task.start(), task.variable());
        case EXPRESSION, FACTOR -> MathOps.value(((Statement.Bare) task.start()).expr());
        case VALUE -> {
          if (!MathOps.value(((Statement.Bare) task.start()).expr()).isConstant()) {
            throw new WorkInputException("unsupported_problem", "This calculation does not have a single number as its value.");
          }
        }
        case SYSTEM -> {
          if (MathOps.uniqueSolution(task.start()).isEmpty()) {
            throw new WorkInputException("unsupported_problem",
                "I check work on a system of linear equations that has exactly one solution.");
          }
        }
      }
    } catch (MathException e) {
      String code = switch (e.code()) {
        case TOO_LONG, TOO_DEEP, TOO_LARGE -> "too_large";
        case TIMEOUT -> "timeout";
        default -> "unsupported_problem";
      };
      throw new WorkInputException(code, "I can't check work on this problem: " + e.getMessage());
    }
  }

  /**
   * A check the student writes after the answer, such as {@code 2(3)+1 = 7}: a relation between numbers only, in
   * a solve task. It is valid when true; it is not the answer.
   */
  static boolean isNumericRelation(WorkTask task, Statement line) {
    return (task.kind() == LineKind.EQUATION || task.kind() == LineKind.INEQUALITY || task.kind() == LineKind.SYSTEM)
        && line instanceof Statement.Relation r && Shapes.variables(r).isEmpty();
  }

  static boolean isTrueCheck(WorkTask task, Statement line) {
    return isNumericRelation(task, line) && holdsAt(line, Map.of());
  }

  /** A value line may still show letters ("2a - b"); their values are the task's givens. */
  static Expr withGivens(WorkTask task, Expr e) {
    return task.givens().isEmpty() ? e : Substitute.of(e, task.givens());
  }

  /** A following line that is also the finished answer, in the required form. */
  static boolean finished(WorkTask task, Statement line) {
    if (!follows(task, line)) {
      return false;
    }
    return switch (task.kind()) {
      case EQUATION -> solvedForm(line, task.variable(), false) && formHolds(task, line, Requirement.Form.SIMPLIFIED);
      case INEQUALITY -> solvedForm(line, task.variable(), true) && formHolds(task, line, Requirement.Form.SIMPLIFIED);
      case EXPRESSION, FACTOR -> formHolds(task, line, null);
      case VALUE -> line instanceof Statement.Bare b && !Terms.hasVariable(b.expr())
          && formHolds(task, line, Requirement.Form.SIMPLIFIED);
      case SYSTEM -> pinsEveryVariable(line, MathOps.variables(task.start()));
    };
  }

  private static boolean formHolds(WorkTask task, Statement line, Requirement.Form usual) {
    if (task.requirement() != null && MathOps.formProblem(task.requirement(), line) != null) {
      return false;
    }
    return usual == null || MathOps.formProblem(Requirement.of(usual), line) == null;
  }

  /** {@code x = 3}, {@code 5 = x}, {@code x = 2 or x = -3}, {@code {2, -3}}, {@code x < -3}, {@code no solution}. */
  private static boolean solvedForm(Statement s, String v, boolean inequality) {
    return switch (s) {
      case Statement.Relation r when r.operands().size() == 2 -> (inequality || r.ops().get(0) == RelOp.EQ)
          && (isVar(r.operands().get(0), v) && !mentions(r.operands().get(1), v)
              || isVar(r.operands().get(1), v) && !mentions(r.operands().get(0), v));
      case Statement.Relation r when r.operands().size() == 3 -> inequality && isVar(r.operands().get(1), v)
          && !mentions(r.operands().get(0), v) && !mentions(r.operands().get(2), v);
      case Statement.Or o -> o.parts().stream().allMatch(p -> solvedForm(p, v, inequality));
      case Statement.SetOf set -> !inequality
          && set.elements().stream().allMatch(e -> e instanceof Statement.Bare b && !Terms.hasVariable(b.expr()));
      case Statement.NoSolution n -> true;
      case Statement.AllReals a -> true;
      default -> false;
    };
  }

  private static boolean mentions(Expr e, String v) {
    return Shapes.variables(e).contains(v);
  }

  private static boolean isVar(Expr e, String v) {
    return e instanceof Expr.Var x && x.name().equals(v);
  }

  /** Whether the solution of a system satisfies every relation of the line. */
  static boolean holdsAt(Statement line, Map<String, Rational> point) {
    Map<String, Expr> values = new java.util.HashMap<>();
    point.forEach((k, v) -> values.put(k, Terms.num(v)));
    return switch (line) {
      case Statement.Relation r -> {
        for (int i = 0; i < r.ops().size(); i++) {
          Optional<RatFun> a = MathOps.constant(Substitute.of(r.operands().get(i), values));
          Optional<RatFun> b = MathOps.constant(Substitute.of(r.operands().get(i + 1), values));
          if (a.isEmpty() || b.isEmpty() || !a.get().isRational() || !b.get().isRational()
              || !holds(a.get().rationalValue().compareTo(b.get().rationalValue()), r.ops().get(i))) {
            yield false;
          }
        }
        yield true;
      }
      case Statement.And a -> a.parts().stream().allMatch(p -> holdsAt(p, point));
      case Statement.Tuple t -> tupleMatches(t, point);
      case Statement.SetOf set -> set.elements().size() == 1 && set.elements().get(0) instanceof Statement.Tuple t
          && tupleMatches(t, point);
      default -> false;
    };
  }

  private static boolean holds(int cmp, RelOp op) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  /** An ordered pair lists the values in alphabetical order of the variables: (x, y). */
  private static boolean tupleMatches(Statement.Tuple t, Map<String, Rational> point) {
    List<String> names = new ArrayList<>(new java.util.TreeSet<>(point.keySet()));
    if (t.items().size() != names.size()) {
      return false;
    }
    for (int i = 0; i < names.size(); i++) {
      Optional<RatFun> v = MathOps.constant(t.items().get(i));
      if (v.isEmpty() || !v.get().equivalentTo(RatFun.of(point.get(names.get(i))))) {
        return false;
      }
    }
    return true;
  }

  /** {@code x = 6, y = 4} or {@code (6, 4)}: every variable given a number. */
  private static boolean pinsEveryVariable(Statement line, java.util.Set<String> vars) {
    if (line instanceof Statement.Tuple || line instanceof Statement.SetOf) {
      return true; // holdsAt already matched every coordinate
    }
    java.util.Set<String> pinned = new java.util.TreeSet<>();
    List<Statement> parts = line instanceof Statement.And a ? a.parts() : List.of(line);
    for (Statement p : parts) {
      if (!(p instanceof Statement.Relation r) || r.operands().size() != 2 || r.ops().get(0) != RelOp.EQ) {
        return false;
      }
      Expr l = r.operands().get(0);
      Expr rt = r.operands().get(1);
      if (l instanceof Expr.Var x && !Terms.hasVariable(rt)) {
        pinned.add(x.name());
      } else if (rt instanceof Expr.Var x && !Terms.hasVariable(l)) {
        pinned.add(x.name());
      } else {
        return false;
      }
    }
    return pinned.equals(vars);
  }
}
