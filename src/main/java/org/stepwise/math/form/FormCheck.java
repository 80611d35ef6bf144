package org.stepwise.math.form;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Requirement;

/** Whether an answer is written in a required form; the answer is what is missing, or null when the form holds. */
public final class FormCheck {

  private FormCheck() {}

  public static String problem(Requirement r, Statement answer) {
    return switch (r.form()) {
      case SLOPE_INTERCEPT -> LineForms.slopeIntercept(answer);
      case STANDARD_FORM -> LineForms.standard(answer);
      case VERTEX_FORM -> LineForms.vertex(answer);
      default -> {
        for (Expr e : valueExpressions(answer)) {
          String p = switch (r.form()) {
            case SIMPLIFIED -> prefix("not fully simplified: ", SimplifiedRules.problem(e));
            case EXPANDED -> ExpandedRules.problem(e);
            case FACTORED -> FactoredRules.problem(e);
            case LOWEST_TERMS -> NumberForms.lowestTerms(e);
            case DECIMAL -> NumberForms.decimal(e, r.places());
            case MIXED_NUMBER -> NumberForms.mixedNumber(e);
            default -> null;
          };
          if (p != null) yield p;
        }
        yield null;
      }
    };
  }

  private static String prefix(String prefix, String p) {
    return p == null ? null : prefix + p;
  }

  /** The parts of an answer that carry its value: the expression, the right side of x = ..., the set's elements. */
  static List<Expr> valueExpressions(Statement s) {
    List<Expr> out = new ArrayList<>();
    collect(s, out);
    return out;
  }

  private static void collect(Statement s, List<Expr> out) {
    switch (s) {
      case Statement.Bare b -> out.add(b.expr());
      case Statement.Relation r when r.operands().size() == 2 && r.operands().get(0) instanceof Expr.Var ->
          out.add(r.operands().get(1));
      case Statement.Relation r when r.operands().size() == 2 && r.operands().get(1) instanceof Expr.Var ->
          out.add(r.operands().get(0));
      case Statement.Relation r -> out.addAll(r.operands());
      case Statement.And a -> a.parts().forEach(p -> collect(p, out));
      case Statement.Or o -> o.parts().forEach(p -> collect(p, out));
      case Statement.SetOf set -> set.elements().forEach(p -> collect(p, out));
      case Statement.Tuple t -> out.addAll(t.items());
      default -> { }
    }
  }
}
