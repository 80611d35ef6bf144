package org.stepwise.math.check;

import java.util.ArrayList;
import java.util.List;
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
    List<List<RatFun>> ep = points(expected);
    List<List<RatFun>> ap = points(answer);
    if (ep != null && ap != null && vars.isEmpty() && (isTuples(expected) || isTuples(answer))) {
      return samePoints(ep, ap) ? new Checker.Verdict(true, "Correct.")
          : new Checker.Verdict(false, "Not the same points as the expected answer.");
    }
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
    // "no solution" / "infinitely many solutions" against a system
    Checker.Verdict special = phraseAgainstSystem(es, answer);
    if (special == null) special = phraseAgainstSystem(as, expected);
    if (special != null) return special;
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

  private static Checker.Verdict phraseAgainstSystem(LinearSystem system, Statement phrase) {
    if (system == null) return null;
    if (phrase instanceof Statement.NoSolution) {
      return system.inconsistent() ? new Checker.Verdict(true, "Correct.")
          : new Checker.Verdict(false, "Not quite: this system does have solutions.");
    }
    if (phrase instanceof Statement.AllReals) {
      boolean infinite = !system.inconsistent() && system.rref().size() < system.variables().size();
      return infinite ? new Checker.Verdict(true, "Correct.")
          : new Checker.Verdict(false, "Not quite: this system does not have infinitely many solutions.");
    }
    return null;
  }

  private static boolean isTuples(Statement s) {
    return s instanceof Statement.Tuple
        || s instanceof Statement.SetOf set && set.elements().stream().anyMatch(e -> e instanceof Statement.Tuple);
  }

  /** A tuple, a set of tuples or of numbers as a list of points; null for anything else. */
  private static List<List<RatFun>> points(Statement s) {
    List<List<RatFun>> out = new ArrayList<>();
    if (s instanceof Statement.Tuple t) {
      out.add(t.items().stream().map(ExprValue::of).toList());
      return out;
    }
    if (s instanceof Statement.NoSolution) return out;
    if (s instanceof Statement.SetOf set) {
      for (Statement e : set.elements()) {
        if (e instanceof Statement.Tuple t) {
          out.add(t.items().stream().map(ExprValue::of).toList());
        } else if (e instanceof Statement.Bare b) {
          out.add(List.of(ExprValue.of(b.expr())));
        } else {
          return null;
        }
      }
      return out;
    }
    return null;
  }

  private static boolean samePoints(List<List<RatFun>> a, List<List<RatFun>> b) {
    return covers(a, b) && covers(b, a);
  }

  private static boolean covers(List<List<RatFun>> a, List<List<RatFun>> b) {
    outer:
    for (List<RatFun> p : a) {
      for (List<RatFun> q : b) {
        if (p.size() != q.size()) continue;
        boolean same = true;
        for (int i = 0; i < p.size() && same; i++) same = p.get(i).equivalentTo(q.get(i));
        if (same) continue outer;
      }
      return false;
    }
    return true;
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
