package org.stepwise.work.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.Rational;

/**
 * What a rule may look at: the last valid line and facts about the task (never the student's line).
 *
 * @param previous the last valid line, or the problem's starting line before the first step
 * @param atStart {@code previous} is the problem itself (the student's first line is being explained)
 * @param kind what the lines of this task are: equations, expressions, numbers ...
 * @param variable the unknown of a solve task ({@code x}); {@code null} otherwise
 * @param givens values of an evaluate task ({@code a=3, b=-1}), as written; empty otherwise
 * @param unsubstituted for an evaluate task, the expression before the givens were put in
 * @param points for a slope task, x1, y1, x2, y2
 * @param solutions the engine's finite solution sets, for rules stated on solutions (zero product, square roots)
 */
public record RuleInput(
    Statement previous,
    boolean atStart,
    LineKind kind,
    String variable,
    Map<String, Expr> givens,
    Expr unsubstituted,
    List<Rational> points,
    Solutions solutions) {

  /** What one line of the task is compared as. */
  public enum LineKind { EQUATION, INEQUALITY, EXPRESSION, FACTOR, VALUE, SYSTEM }

  /** Finite solution sets of one-variable equations, from the math engine. */
  public interface Solutions {
    /** The real solutions of {@code s} in {@code variable}, when it has finitely many; empty otherwise. */
    Optional<List<Rational>> finite(Statement s, String variable);
  }
}
