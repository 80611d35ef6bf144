package org.stepwise.math.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Numeric;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.form.FormCheck;
import org.stepwise.math.parse.MathParser;
import org.stepwise.math.solve.RealSet;
import org.stepwise.math.solve.SolutionSets;

/**
 * Decides whether a student's answer is equivalent to the expected one, and whether it has the required form.
 * Runs inside the caller's {@link org.stepwise.math.internal.Budget}.
 */
public final class Checker {

  private Checker() {}

  public static CheckResult check(CheckRequest r) {
    if (r.kind() == null) throw new MathException(Code.INVALID_REQUEST, "\"kind\" is missing.");
    if (r.expected() == null) throw new MathException(Code.INVALID_REQUEST, "\"expected\" is missing.");
    if (r.answer() == null) throw new MathException(Code.INVALID_REQUEST, "\"answer\" is missing.");
    Statement expected;
    try {
      expected = MathParser.parseStatement(r.expected());
    } catch (MathException e) {
      if (e.code() == Code.TOO_LONG || e.code() == Code.TOO_DEEP || e.code() == Code.TIMEOUT) throw e;
      throw new MathException(Code.INVALID_REQUEST, "The expected answer can't be read: " + e.getMessage());
    }
    Statement answer = MathParser.parseStatement(r.answer());
    Verdict v = switch (r.kind()) {
      case EXPRESSION -> expression(expected, answer);
      case NUMERIC -> numeric(expected, answer, tolerance(r));
      case EQUATION, INEQUALITY, SOLUTION_SET -> SetComparison.compare(expected, answer);
    };
    if (!v.equivalent()) return new CheckResult(false, false, v.feedback());
    if (r.requirement() != null) {
      String missing = FormCheck.problem(r.requirement(), answer);
      if (missing != null) return new CheckResult(true, false, "Equivalent, but " + missing);
    }
    return new CheckResult(true, true, v.feedback());
  }

  record Verdict(boolean equivalent, String feedback) {}

  private static BigDecimal tolerance(CheckRequest r) {
    if (r.tolerance() != null) {
      if (r.tolerance().signum() < 0) throw new MathException(Code.INVALID_REQUEST, "\"tolerance\" must not be negative.");
      return r.tolerance();
    }
    Requirement q = r.requirement();
    if (q != null && q.form() == Requirement.Form.DECIMAL && q.places() != null) {
      return BigDecimal.valueOf(5, q.places() + 1); // half a unit in the last place asked for
    }
    return null;
  }

  private static Verdict expression(Statement expected, Statement answer) {
    Expr e = bare(expected, "expected");
    if (!(answer instanceof Statement.Bare a)) {
      return new Verdict(false, "Write just an expression here, not an equation or a list.");
    }
    RatFun ev = ExprValue.of(e);
    RatFun av = ExprValue.of(a.expr());
    if (ev.equivalentTo(av)) {
      boolean domain = !ev.den().isConstant() && av.den().isConstant();
      return new Verdict(true, domain
          ? "Correct (where the original is defined: it is undefined where its denominator is 0)."
          : "Correct.");
    }
    return new Verdict(false, expressionHint(ev, av));
  }

  private static String expressionHint(RatFun expected, RatFun answer) {
    if (expected.equivalentTo(answer.negate())) return "Not equivalent: check the signs.";
    RatFun diff = expected.subtract(answer);
    if (diff.isConstant()) return "Not equivalent: the letter parts match, but a number is off.";
    TreeSet<String> ev = expected.variables();
    TreeSet<String> av = answer.variables();
    if (!ev.equals(av)) return "Not equivalent: check which letters your answer uses.";
    return "Not equivalent to the expected answer.";
  }

  private static Verdict numeric(Statement expected, Statement answer, BigDecimal tolerance) {
    RatFun ev = ExprValue.of(bare(expected, "expected"));
    if (!ev.isConstant()) throw new MathException(Code.INVALID_REQUEST, "The expected answer of a numeric check must be a number.");
    Expr a = valueOf(answer);
    if (a == null) return new Verdict(false, "Write just a number here.");
    RatFun av = ExprValue.of(a);
    if (!av.isConstant()) return new Verdict(false, "Write just a number here, without letters.");
    if (ev.equivalentTo(av)) return new Verdict(true, "Correct.");
    if (tolerance != null) {
      BigDecimal d = Numeric.value(ev).subtract(Numeric.value(av)).abs();
      if (d.compareTo(tolerance) <= 0) return new Verdict(true, "Correct (within " + tolerance.toPlainString() + ").");
    }
    if (ev.equivalentTo(av.negate())) return new Verdict(false, "Not equal: check the sign.");
    return new Verdict(false, "Not equal to the expected value.");
  }

  /** A bare number, or the right side of {@code x = 5}. */
  private static Expr valueOf(Statement s) {
    if (s instanceof Statement.Bare b) return b.expr();
    if (s instanceof Statement.Relation r && r.isEquation() && r.operands().size() == 2
        && r.operands().get(0) instanceof Expr.Var) {
      return r.operands().get(1);
    }
    return null;
  }

  private static Expr bare(Statement s, String which) {
    if (s instanceof Statement.Bare b) return b.expr();
    throw new MathException(Code.INVALID_REQUEST, "The " + which + " answer must be an expression for this kind.");
  }

  /** Used by the set comparison for its hints. */
  static String setHint(RealSet expected, RealSet answer) {
    if (answer.minus(expected).isEmpty()) return "Not quite: some solutions are missing.";
    if (expected.minus(answer).isEmpty()) return "Not quite: your answer includes values that are not solutions.";
    List<?> ep = expected.pointsOrNull();
    List<?> ap = answer.pointsOrNull();
    if (ep == null && ap == null) {
      return "Not quite: check the direction of the inequality and whether the end points are included.";
    }
    return "Not the same solutions as the expected answer.";
  }

  /** Used by the set comparison. */
  static TreeSet<String> variables(Statement a, Statement b) {
    TreeSet<String> v = Shapes.variables(a);
    v.addAll(Shapes.variables(b));
    return v;
  }

  static RealSet set(Statement s, String x) {
    return SolutionSets.of(s, x);
  }
}
