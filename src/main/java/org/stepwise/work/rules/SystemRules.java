package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.work.PartText;

/** Faulty steps when eliminating a variable from a system of two equations. */
final class SystemRules {
  private SystemRules() {}

  /** Left sides subtracted but right sides added (or the reverse) when combining the two equations. */
  static MisconceptionRule combineEquationsMixedSigns() {
    return new MisconceptionRule() {
      @Override
      public String id() {
        return "combine_equations_mixed_signs";
      }

      @Override
      public List<Faulty> apply(RuleInput in) {
        if (!(in.previous() instanceof Statement.And and) || and.parts().size() != 2
            || !(and.parts().get(0) instanceof Statement.Relation a) || !(and.parts().get(1) instanceof Statement.Relation b)
            || !isEquation(a) || !isEquation(b)) {
          return List.of();
        }
        String part = PartText.of(a.operands().get(0)) + " = " + PartText.of(a.operands().get(1)) + " and "
            + PartText.of(b.operands().get(0)) + " = " + PartText.of(b.operands().get(1));
        List<Faulty> out = new ArrayList<>();
        for (Statement.Relation[] p : new Statement.Relation[][] {{a, b}, {b, a}}) {
          Expr l1 = p[0].operands().get(0);
          Expr r1 = p[0].operands().get(1);
          Expr l2 = p[1].operands().get(0);
          Expr r2 = p[1].operands().get(1);
          out.add(new Faulty(equation(new Expr.Sub(l1, l2), new Expr.Add(r1, r2)), part));
          out.add(new Faulty(equation(new Expr.Add(l1, l2), new Expr.Sub(r1, r2)), part));
        }
        return out;
      }
    };
  }

  private static boolean isEquation(Statement.Relation r) {
    return r.operands().size() == 2 && r.ops().get(0) == RelOp.EQ;
  }

  private static Statement equation(Expr left, Expr right) {
    return new Statement.Relation(List.of(left, right), List.of(RelOp.EQ));
  }
}
