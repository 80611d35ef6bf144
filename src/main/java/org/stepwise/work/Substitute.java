package org.stepwise.work;

import java.util.Map;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Statement;

/** Puts values in for variables, keeping the tree's shape so that {@code (-3)^2} is still a power of -3. */
public final class Substitute {
  private Substitute() {}

  public static Expr of(Expr e, Map<String, Expr> values) {
    return switch (e) {
      case Expr.Var v -> values.getOrDefault(v.name(), v);
      case Expr.Neg n -> new Expr.Neg(of(n.operand(), values));
      case Expr.Add a -> new Expr.Add(of(a.left(), values), of(a.right(), values));
      case Expr.Sub s -> new Expr.Sub(of(s.left(), values), of(s.right(), values));
      case Expr.Mul m -> new Expr.Mul(of(m.left(), values), of(m.right(), values), m.implicit());
      case Expr.Div d -> new Expr.Div(of(d.left(), values), of(d.right(), values));
      case Expr.Pow p -> new Expr.Pow(of(p.base(), values), of(p.exponent(), values));
      case Expr.Call c -> new Expr.Call(c.function(), of(c.argument(), values));
      case Expr.Percent p -> new Expr.Percent(of(p.operand(), values));
      default -> e;
    };
  }

  /** The statement with the values put in every expression of it. */
  public static Statement of(Statement s, Map<String, Expr> values) {
    return switch (s) {
      case Statement.Bare b -> new Statement.Bare(of(b.expr(), values));
      case Statement.Relation r -> new Statement.Relation(r.operands().stream().map(e -> of(e, values)).toList(), r.ops());
      case Statement.And a -> new Statement.And(a.parts().stream().map(p -> of(p, values)).toList());
      case Statement.Or o -> new Statement.Or(o.parts().stream().map(p -> of(p, values)).toList());
      case Statement.SetOf set -> new Statement.SetOf(set.elements().stream().map(p -> of(p, values)).toList());
      case Statement.Tuple t -> new Statement.Tuple(t.items().stream().map(e -> of(e, values)).toList());
      default -> s;
    };
  }
}
