package org.stepwise.work;

import java.util.List;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;

/** Reads a student's line and puts it in the shape its task compares: {@code 3} in a solve task means {@code x = 3}. */
final class Lines {
  private Lines() {}

  /**
   * Parses line {@code index} (0-based). A leading {@code =} is dropped: students continue a chain of equal values
   * on a new line ({@code = 6x - 4}).
   */
  static Statement parse(String text, int index) {
    if (text.length() > WorkLimits.MAX_STEP_CHARS) {
      throw new WorkInputException("too_large",
          "line " + (index + 1) + " is longer than " + WorkLimits.MAX_STEP_CHARS + " characters");
    }
    String t = text.strip();
    if (t.startsWith("=")) {
      t = t.substring(1).strip();
    }
    if (t.isEmpty()) {
      throw new WorkInputException("unreadable_step", "line " + (index + 1) + " is empty");
    }
    try {
      return MathEngine.standard().parse(t);
    } catch (MathException e) {
      throw new WorkInputException("unreadable_step", "line " + (index + 1) + ": " + e.getMessage());
    }
  }

  /** The line as its task compares it. */
  static Statement normalize(Statement s, WorkTask task) {
    return switch (task.kind()) {
      case EQUATION, INEQUALITY -> {
        if (s instanceof Statement.Bare b && !Terms.hasVariable(b.expr())) {
          yield new Statement.Relation(List.of(new Expr.Var(task.variable()), b.expr()), List.of(RelOp.EQ));
        }
        // "x = 2, x = 3" (or "x = 2 and x = 3") lists two solutions; read literally it would have none
        if (s instanceof Statement.And a && a.parts().size() > 1
            && a.parts().stream().allMatch(p -> isValueOf(p, task.variable()))) {
          yield new Statement.Or(a.parts());
        }
        yield s;
      }
      case EXPRESSION, FACTOR, VALUE -> s instanceof Statement.Relation r && r.isEquation()
          ? new Statement.Bare(r.operands().get(r.operands().size() - 1)) // "f(-2) = 2(4)-3": the value is on the right
          : s;
      case SYSTEM -> s;
    };
  }

  /** {@code x = 3} (or {@code 3 = x}) for the task's variable and a number. */
  private static boolean isValueOf(Statement s, String v) {
    if (!(s instanceof Statement.Relation r) || r.operands().size() != 2 || r.ops().get(0) != RelOp.EQ) {
      return false;
    }
    Expr a = r.operands().get(0);
    Expr b = r.operands().get(1);
    return a instanceof Expr.Var x && x.name().equals(v) && !Terms.hasVariable(b)
        || b instanceof Expr.Var y && y.name().equals(v) && !Terms.hasVariable(a);
  }
}
