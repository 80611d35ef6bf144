package org.stepwise.math.check;

import java.util.TreeSet;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.solve.LinearSystem;
import org.stepwise.math.solve.RealSet;

/**
 * Equations, inequalities and solution sets are equivalent when they have the same real solutions: exactly, as sets
 * of one variable; as linear systems in reduced form; or, for a single relation in several variables, when one is a
 * non-zero (for inequalities: positive) constant multiple of the other.
 */
final class SetComparison {

  private SetComparison() {}

  static Checker.Verdict compare(Statement expected, Statement answer) {
    TreeSet<String> vars = Checker.variables(expected, answer);
    if (vars.size() <= 1 && !(expected instanceof Statement.Tuple) && !(answer instanceof Statement.Tuple)) {
      String x = vars.isEmpty() ? "x" : vars.first();
      RealSet e = Checker.set(expected, x);
      RealSet a;
      try {
        a = Checker.set(answer, x);
      } catch (MathException ex) {
        if (ex.code() == Code.WRONG_KIND) return new Checker.Verdict(false, ex.getMessage());
        throw ex;
      }
      return e.equals(a) ? new Checker.Verdict(true, "Correct.") : new Checker.Verdict(false, Checker.setHint(e, a));
    }
    LinearSystem es = LinearSystem.from(expected, vars);
    LinearSystem as = LinearSystem.from(answer, vars);
    if (es != null && as != null) {
      return es.sameSolutions(as) ? new Checker.Verdict(true, "Correct.")
          : new Checker.Verdict(false, "Not the same solutions as the expected answer.");
    }
    if (es != null) {
      return new Checker.Verdict(false, "Not equivalent: write the solution as equations, like x = 2, y = 3.");
    }
    Boolean proportional = proportional(expected, answer);
    if (proportional == null) {
      throw new MathException(Code.UNSUPPORTED,
          "I can only compare systems of linear equations, or single relations in several variables.");
    }
    return proportional ? new Checker.Verdict(true, "Correct.")
        : new Checker.Verdict(false, "Not equivalent to the expected answer.");
  }

  /** f1 op 0 vs f2 op 0 with f1 = c f2; null when either is not a single two-sided relation. */
  private static Boolean proportional(Statement a, Statement b) {
    Side sa = side(a);
    Side sb = side(b);
    if (sa == null || sb == null) return null;
    Poly g1 = sa.f.num().multiply(sb.f.den());
    Poly g2 = sb.f.num().multiply(sa.f.den());
    if (g1.isZero() || g2.isZero()) return g1.isZero() && g2.isZero() && sa.op == sb.op;
    var lead1 = g1.sortedTerms().get(0);
    Rational c2 = g2.terms().get(lead1.getKey());
    if (c2 == null) return false;
    Rational c = lead1.getValue().divide(c2);
    if (!g1.equals(g2.scale(c))) return false;
    if (sa.op == RelOp.EQ || sb.op == RelOp.EQ || sa.op == RelOp.NE) return sa.op == sb.op;
    boolean denominatorsConstant = sa.f.den().isConstant() && sb.f.den().isConstant();
    if (!denominatorsConstant) return null;
    return c.signum() > 0 ? sa.op == sb.op : false;
  }

  private record Side(RatFun f, RelOp op) {}

  /** {@code a op b} as {@code f op 0} with op one of =, !=, <, <=. */
  private static Side side(Statement s) {
    if (!(s instanceof Statement.Relation r) || r.operands().size() != 2) return null;
    RatFun a = ExprValue.of(r.operands().get(0));
    RatFun b = ExprValue.of(r.operands().get(1));
    RelOp op = r.ops().get(0);
    return switch (op) {
      case GT -> new Side(b.subtract(a), RelOp.LT);
      case GE -> new Side(b.subtract(a), RelOp.LE);
      default -> new Side(a.subtract(b), op);
    };
  }
}
