package org.stepwise.work;

import java.util.List;
import java.util.Map;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.rules.RuleInput.LineKind;

/**
 * A problem as work checking sees it: what each line is compared as, and where the work starts.
 *
 * @param kind what every line is: an equation with the same solutions, an equivalent expression, the same value...
 * @param start the line the work starts from: the equation, inequality or system; the expression to simplify;
 *     for a value task, the expression with the givens put in (as trees, so {@code (-3)^2} is still visible)
 * @param variable the unknown of an equation or inequality; {@code null} otherwise
 * @param givens the values of an evaluate task, as written
 * @param unsubstituted for a value task with givens, the expression before they were put in; else {@code null}
 * @param points for a slope task, x1, y1, x2, y2; else empty
 * @param requirement the form the final answer must have, or {@code null} for the usual finished form
 */
public record WorkTask(
    LineKind kind,
    Statement start,
    String variable,
    Map<String, Expr> givens,
    Expr unsubstituted,
    List<Rational> points,
    Requirement requirement) {

  public WorkTask {
    givens = Map.copyOf(givens);
    points = List.copyOf(points);
  }
}
