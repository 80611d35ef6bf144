package org.stepwise.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.Task;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.check.Requirement.Form;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.rules.RuleInput.LineKind;

/** Turns a problem statement, read by {@link ProblemReader}, into the {@link WorkTask} that lines are checked against. */
final class Tasks {
  private static final MathEngine ENGINE = MathEngine.standard();
  private static final ProblemReader READER = new ProblemReader(ENGINE);

  private Tasks() {}

  static WorkTask from(String problem) {
    try {
      return of(READER.read(problem));
    } catch (MathException e) {
      String code = switch (e.code()) {
        case UNSUPPORTED -> "unsupported_problem";
        case TOO_LONG, TOO_DEEP, TOO_LARGE -> "too_large";
        default -> "unreadable_problem";
      };
      throw new WorkInputException(code, e.getMessage());
    }
  }

  static WorkTask of(Task t) {
    Requirement req = t.requirement();
    return switch (t.type()) {
      case SOLVE_EQUATION, FUNCTION_INPUT -> task(LineKind.EQUATION, t.given(), t.variable(), req);
      case SOLVE_INEQUALITY -> task(LineKind.INEQUALITY, t.given(), t.variable(), req);
      case SOLVE_SYSTEM -> task(LineKind.SYSTEM, t.given(), null, req);
      case SIMPLIFY -> task(LineKind.EXPRESSION, t.given(), null, orElse(req, Form.SIMPLIFIED));
      case EXPAND -> task(LineKind.EXPRESSION, t.given(), null, orElse(req, Form.EXPANDED));
      case FACTOR -> task(LineKind.FACTOR, t.given(), null, orElse(req, Form.FACTORED));
      case CALCULATE -> task(LineKind.VALUE, t.given(), null, req);
      case EVALUATE -> valueWith(expr(t.given()), parseAll(t.bindings()), req);
      case FUNCTION_VALUE -> valueWith(expr(t.given()), Map.of(t.variable(), ENGINE.parseExpression(t.input())), req);
      case SLOPE -> slope(t.given(), req);
    };
  }

  private static WorkTask task(LineKind kind, Statement start, String variable, Requirement req) {
    return new WorkTask(kind, start, variable, Map.of(), null, List.of(), req);
  }

  private static Requirement orElse(Requirement r, Form form) {
    return r != null ? r : Requirement.of(form);
  }

  private static Expr expr(Statement s) {
    return ((Statement.Bare) s).expr();
  }

  private static Map<String, Expr> parseAll(Map<String, String> bindings) {
    Map<String, Expr> out = new LinkedHashMap<>();
    bindings.forEach((k, v) -> out.put(k, ENGINE.parseExpression(v)));
    return out;
  }

  /** A value task with letters: the work starts from the expression with the values put in, as trees. */
  private static WorkTask valueWith(Expr e, Map<String, Expr> givens, Requirement req) {
    Statement start = new Statement.Bare(Substitute.of(e, givens));
    return new WorkTask(LineKind.VALUE, start, null, givens, e, List.of(), req);
  }

  /** The slope through (x1, y1) and (x2, y2): the work starts from (y2 - y1)/(x2 - x1). */
  private static WorkTask slope(Statement given, Requirement req) {
    List<Rational> p = new ArrayList<>();
    for (Statement point : ((Statement.And) given).parts()) {
      for (Expr c : ((Statement.Tuple) point).items()) {
        RatFun v = ENGINE.value(c);
        if (!v.isRational()) {
          throw new WorkInputException("unsupported_problem", "the points of a slope problem must have number coordinates");
        }
        p.add(v.rationalValue());
      }
    }
    if (p.get(0).equals(p.get(2))) {
      throw new WorkInputException("unsupported_problem", "the two points are on a vertical line, which has no slope");
    }
    Expr rise = new Expr.Sub(Terms.num(p.get(3)), Terms.num(p.get(1)));
    Expr run = new Expr.Sub(Terms.num(p.get(2)), Terms.num(p.get(0)));
    return new WorkTask(LineKind.VALUE, new Statement.Bare(new Expr.Div(rise, run)), null, Map.of(), null, p, req);
  }
}
