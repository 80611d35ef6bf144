package org.stepwise.math.form;

import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;

/** Expanded: simplified, and no product or power of a sum is left. */
final class ExpandedRules {

  private ExpandedRules() {}

  static String problem(Expr root) {
    for (Expr e : Shapes.nodes(root)) {
      if (e instanceof Expr.Mul m && (Shapes.isSum(m.left()) || Shapes.isSum(m.right()))) {
        return "not fully expanded: there are still brackets to multiply out.";
      }
      if (e instanceof Expr.Pow p && Shapes.isSum(p.base())) {
        return "not fully expanded: a power of a bracket is still to be multiplied out.";
      }
      if (e instanceof Expr.Neg n && Shapes.isSum(n.operand())) {
        return "not fully expanded: the minus sign in front of the bracket is still to be shared out.";
      }
    }
    String s = SimplifiedRules.problem(root);
    return s == null ? null : "not fully simplified: " + s;
  }
}
