package org.stepwise.content.problem;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.stepwise.math.MathEngine;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.Kind;
import org.stepwise.math.check.Requirement;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.solve.LinearSystem;
import org.stepwise.math.solve.RealSet;
import org.stepwise.math.solve.SetFormat;
import org.stepwise.math.solve.Substitution;

/** Computes the answer of a {@link Task} with the math engine: the answer key is never typed in by hand. */
public final class TaskSolver {

  private final MathEngine engine;

  public TaskSolver(MathEngine engine) {
    this.engine = engine;
  }

  public Answer solve(Task t) {
    return engine.run(() -> switch (t.type()) {
      case SOLVE_EQUATION -> equation(t);
      case SOLVE_INEQUALITY -> {
        RealSet s = engine.solve(t.given(), t.variable());
        yield new Answer(Kind.INEQUALITY, SetFormat.statement(s, t.variable()), t.requirement());
      }
      case SOLVE_SYSTEM -> system(t);
      case SIMPLIFY -> new Answer(Kind.EXPRESSION, engine.simplify(bare(t)), orDefault(t, Requirement.Form.SIMPLIFIED));
      case EXPAND -> new Answer(Kind.EXPRESSION, engine.expand(bare(t)), orDefault(t, Requirement.Form.EXPANDED));
      case FACTOR -> new Answer(Kind.EXPRESSION, engine.factor(bare(t)), orDefault(t, Requirement.Form.FACTORED));
      case CALCULATE -> numeric(ExprValue.of(bare(t)), t);
      case EVALUATE -> {
        RatFun v = ExprValue.of(bare(t));
        for (Map.Entry<String, String> b : t.bindings().entrySet()) {
          v = Substitution.at(v, b.getKey(), engine.value(b.getValue()));
        }
        yield numeric(v, t);
      }
      case FUNCTION_VALUE -> numeric(Substitution.at(ExprValue.of(bare(t)), t.variable(), engine.value(t.input())), t);
      case FUNCTION_INPUT -> equation(t);
      case SLOPE -> slope(t);
    });
  }

  private Answer equation(Task t) {
    TreeSet<String> vars = Shapes.variables(t.given());
    String x = t.variable();
    if (vars.size() > 1) {
      // literal equation: solve a linear equation for one letter in terms of the others
      if (!(t.given() instanceof Statement.Relation r) || r.operands().size() != 2) {
        throw new MathException(Code.UNSUPPORTED, "I can only solve one equation for a letter.");
      }
      RatFun f = ExprValue.of(r.operands().get(0)).subtract(ExprValue.of(r.operands().get(1)));
      if (!f.isPolynomial() || f.num().degreeIn(x) != 1) {
        throw new MathException(Code.UNSUPPORTED, "I can only solve for a letter that appears to the first power.");
      }
      List<Poly> c = f.num().coefficientsIn(x);
      RatFun value = RatFun.of(c.get(0)).negate().divide(RatFun.of(c.get(1)));
      return new Answer(Kind.EQUATION, x + " = " + engine.simplify(value.toString()), t.requirement());
    }
    RealSet s = engine.solve(t.given(), x);
    return new Answer(Kind.EQUATION, SetFormat.statement(s, x), t.requirement());
  }

  private Answer system(Task t) {
    TreeSet<String> vars = Shapes.variables(t.given());
    LinearSystem ls = LinearSystem.from(t.given(), vars);
    if (ls == null) throw new MathException(Code.UNSUPPORTED, "I can only solve systems of linear equations.");
    if (ls.inconsistent()) return new Answer(Kind.EQUATION, "no solution", t.requirement());
    Map<String, Rational> sol = ls.uniqueSolution();
    if (sol == null) {
      throw new MathException(Code.UNSUPPORTED, "This system has infinitely many solutions; pose one with a single solution.");
    }
    StringBuilder sb = new StringBuilder();
    sol.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(" = ").append(v));
    return new Answer(Kind.EQUATION, sb.toString(), t.requirement());
  }

  private Answer slope(Task t) {
    Statement.And and = (Statement.And) t.given();
    Statement.Tuple a = (Statement.Tuple) and.parts().get(0);
    Statement.Tuple b = (Statement.Tuple) and.parts().get(1);
    RatFun dx = ExprValue.of(b.items().get(0)).subtract(ExprValue.of(a.items().get(0)));
    RatFun dy = ExprValue.of(b.items().get(1)).subtract(ExprValue.of(a.items().get(1)));
    if (dx.isZero()) {
      throw new MathException(Code.UNDEFINED, "The two points are on a vertical line, so the slope is undefined.");
    }
    return numeric(dy.divide(dx), t);
  }

  private static Answer numeric(RatFun v, Task t) {
    if (!v.isConstant()) throw new MathException(Code.UNSUPPORTED, "The result still has letters in it.");
    Requirement r = t.requirement();
    if (r != null && r.form() == Requirement.Form.LOWEST_TERMS && !v.isRational()) {
      r = Requirement.of(Requirement.Form.SIMPLIFIED); // a root or pi has no lowest terms; ask for simplest form
    }
    return new Answer(Kind.NUMERIC, inForm(v, r), r);
  }

  /** The answer key written in the form the directions ask for, so that it passes its own check. */
  static String inForm(RatFun v, Requirement r) {
    if (r == null || !v.isRational()) return v.toString();
    Rational q = v.rationalValue();
    return switch (r.form()) {
      case MIXED_NUMBER -> {
        if (q.isInteger() || q.abs().compareTo(Rational.ONE) < 0) yield q.toString();
        java.math.BigInteger[] wr = q.num().abs().divideAndRemainder(q.den());
        yield (q.signum() < 0 ? "-" : "") + wr[0] + " " + wr[1] + "/" + q.den();
      }
      case DECIMAL -> {
        java.math.BigDecimal d = q.toBigDecimal(new java.math.MathContext(40));
        if (r.places() != null) yield d.setScale(r.places(), java.math.RoundingMode.HALF_UP).toPlainString();
        java.math.BigDecimal exact = d.stripTrailingZeros();
        yield exact.scale() <= 12 ? exact.toPlainString() : d.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString();
      }
      default -> q.toString();
    };
  }

  private static Requirement orDefault(Task t, Requirement.Form form) {
    return t.requirement() != null ? t.requirement() : Requirement.of(form);
  }

  private static Expr bare(Task t) {
    return ((Statement.Bare) t.given()).expr();
  }
}
