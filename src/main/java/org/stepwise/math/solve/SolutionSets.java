package org.stepwise.math.solve;

import java.util.ArrayList;
import java.util.List;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;
import org.stepwise.math.ast.Statement.RelOp;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.RatFun;

/** The set of real values of one variable that make a statement true. */
public final class SolutionSets {

  private SolutionSets() {}

  public static RealSet of(Statement s, String x) {
    return switch (s) {
      case Statement.Relation r -> relation(r, x);
      case Statement.And a when a.parts().stream().anyMatch(p -> p instanceof Statement.Bare) -> {
        // "1, 2 or 3" and "x = 2, 3" list values: the set of all of them, never their intersection
        RealSet acc = RealSet.EMPTY;
        for (Statement p : a.parts()) acc = acc.union(of(p, x));
        yield acc;
      }
      case Statement.And a -> {
        RealSet acc = RealSet.ALL;
        for (Statement p : a.parts()) acc = acc.intersect(of(p, x));
        yield acc;
      }
      case Statement.Or o -> {
        RealSet acc = RealSet.EMPTY;
        for (Statement p : o.parts()) acc = acc.union(of(p, x));
        yield acc;
      }
      case Statement.SetOf set -> {
        List<Real> pts = new ArrayList<>();
        for (Statement e : set.elements()) {
          if (!(e instanceof Statement.Bare b)) {
            throw new MathException(Code.WRONG_KIND, "A set of solutions for one variable holds numbers, not pairs.");
          }
          pts.add(constant(b.expr()));
        }
        yield RealSet.points(pts);
      }
      case Statement.Bare b -> RealSet.points(List.of(constant(b.expr())));
      case Statement.NoSolution n -> RealSet.EMPTY;
      case Statement.AllReals a -> RealSet.ALL;
      case Statement.Tuple t -> throw new MathException(Code.WRONG_KIND,
          "An ordered pair answers a system in two variables, not an equation in one.");
    };
  }

  private static Real constant(Expr e) {
    RatFun v = ExprValue.of(e);
    if (!v.isConstant()) {
      throw new MathException(Code.WRONG_KIND, "I expected a number here, like 3 or -1/2.");
    }
    return Real.of(v);
  }

  private static RealSet relation(Statement.Relation r, String x) {
    RealSet acc = RealSet.ALL;
    for (int i = 0; i < r.ops().size(); i++) {
      RatFun a = ExprValue.of(r.operands().get(i));
      RatFun b = ExprValue.of(r.operands().get(i + 1));
      RelOp op = r.ops().get(i);
      RatFun f = switch (op) {
        case GT, GE -> b.subtract(a);
        default -> a.subtract(b);
      };
      RelOp norm = switch (op) {
        case GT -> RelOp.LT;
        case GE -> RelOp.LE;
        default -> op;
      };
      acc = acc.intersect(UnivariateSolver.solve(f, norm, x));
    }
    return acc;
  }
}
