package org.stepwise.math;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.CheckResult;
import org.stepwise.math.check.Checker;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Factorer;
import org.stepwise.math.exact.PolyDivision;
import org.stepwise.math.exact.PolyGcd;
import org.stepwise.math.exact.Poly;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;
import org.stepwise.math.internal.Budget;
import org.stepwise.math.parse.MathParser;
import org.stepwise.math.solve.LinearSystem;
import org.stepwise.math.solve.RealSet;
import org.stepwise.math.solve.SolutionSets;
import org.stepwise.math.solve.Substitution;

/**
 * The one entry point to the math engine. Immutable and stateless, so one instance is shared by all threads; every
 * call runs under the engine's {@link Limits} (size, depth, time) and fails with a {@link MathException} past them.
 */
public final class MathEngine {

  private static final MathEngine STANDARD = new MathEngine(Limits.DEFAULT);

  private final Limits limits;

  public MathEngine(Limits limits) {
    this.limits = limits;
  }

  public static MathEngine standard() {
    return STANDARD;
  }

  public Limits limits() {
    return limits;
  }

  /** Runs any engine work under this engine's limits; nested calls share one budget. */
  public <T> T run(Supplier<T> work) {
    return Budget.run(limits, work);
  }

  /** The {@code stepwise check} verdict. */
  public CheckResult check(CheckRequest request) {
    return run(() -> Checker.check(request));
  }

  public Statement parse(String text) {
    return run(() -> MathParser.parseStatement(text));
  }

  public Expr parseExpression(String text) {
    return run(() -> MathParser.parseExpression(text));
  }

  /** Exact value of an expression as a rational function over atoms. */
  public RatFun value(String expression) {
    return run(() -> ExprValue.of(MathParser.parseExpression(expression)));
  }

  public RatFun value(Expr e) {
    return run(() -> ExprValue.of(e));
  }

  public boolean equivalentExpressions(String a, String b) {
    return run(() -> value(a).equivalentTo(value(b)));
  }

  /** The real solutions of a statement in one variable. */
  public RealSet solve(String statement, String variable) {
    return run(() -> SolutionSets.of(MathParser.parseStatement(statement), variable));
  }

  public RealSet solve(Statement statement, String variable) {
    return run(() -> SolutionSets.of(statement, variable));
  }

  /** A system of linear equations ("x+y=10 and x-y=2") in reduced form; null when it is not linear. */
  public LinearSystem linearSystem(String system) {
    return run(() -> {
      Statement s = MathParser.parseStatement(system);
      TreeSet<String> vars = Shapes.variables(s);
      return LinearSystem.from(s, vars);
    });
  }

  /** Expanded, like terms combined: {@code x^2 + 5x + 6}. Rational expressions keep one fraction bar. */
  public String expand(String expression) {
    return run(() -> simplified(ExprValue.of(MathParser.parseExpression(expression))).toString());
  }

  public String expand(Expr e) {
    return run(() -> simplified(ExprValue.of(e)).toString());
  }

  public String factor(Expr e) {
    return run(() -> {
      RatFun v = ExprValue.of(e);
      if (!v.isPolynomial()) {
        throw new MathException(MathException.Code.UNSUPPORTED, "I can only factor polynomials.");
      }
      return Factorer.factor(v.num()).toString();
    });
  }

  /** Factored over the integers: {@code (x + 2)(x + 3)}, {@code 3(2x + 3)}. */
  public String factor(String expression) {
    return run(() -> {
      RatFun v = ExprValue.of(MathParser.parseExpression(expression));
      if (!v.isPolynomial()) {
        throw new MathException(MathException.Code.UNSUPPORTED, "I can only factor polynomials.");
      }
      return Factorer.factor(v.num()).toString();
    });
  }

  public String simplify(Expr e) {
    return expand(e);
  }

  /** A canonical simplified form (expanded, common factors of a fraction cancelled where one variable allows). */
  public String simplify(String expression) {
    return expand(expression);
  }

  /** The exact value of an expression with values given for its letters ({@code "a" -> "3"}). */
  public RatFun evaluate(String expression, Map<String, String> values) {
    return run(() -> {
      RatFun v = ExprValue.of(MathParser.parseExpression(expression));
      for (var e : values.entrySet()) {
        RatFun x = ExprValue.of(MathParser.parseExpression(e.getValue()));
        v = Substitution.at(v, e.getKey(), x);
      }
      return v;
    });
  }

  /** Cancels the greatest common factor of numerator and denominator where it can be found. */
  static RatFun simplified(RatFun f) {
    if (f.isPolynomial()) return f;
    Poly g = PolyGcd.gcd(f.num(), f.den());
    if (g.isConstant()) return normalizeSign(f);
    Poly[] n = divide(f.num(), g);
    Poly[] d = divide(f.den(), g);
    if (n == null || d == null) return normalizeSign(f);
    return normalizeSign(new RatFun(n[0], d[0]));
  }

  private static RatFun normalizeSign(RatFun f) {
    Rational lead = f.den().leadingCoefficient();
    if (lead.isOne() || lead.isZero()) return f;
    return new RatFun(f.num().scale(lead.reciprocal()), f.den().scale(lead.reciprocal()));
  }

  private static Poly[] divide(Poly a, Poly b) {
    var vars = a.variables();
    vars.addAll(b.variables());
    if (vars.size() != 1) {
      // common monomial factor only
      return PolyDivision.byMonomial(a, b);
    }
    return PolyDivision.exact(a, b, vars.first());
  }
}
