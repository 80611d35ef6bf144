package org.stepwise.math.ast;

/**
 * Writes an expression tree back as text that reads back to the same tree shape (brackets only where needed):
 * used to quote a student's own terms in feedback ("when +6 moved to the other side") and to pass math on.
 */
public final class ExprText {

  private ExprText() {}

  public static String of(Expr e) {
    return switch (e) {
      case Expr.Num n -> n.text();
      case Expr.Mixed m -> m.whole() + " " + m.numerator() + "/" + m.denominator();
      case Expr.Var v -> v.name();
      case Expr.Const c -> c.name();
      case Expr.Neg n -> "-" + wrap(n.operand(), 3, false);
      case Expr.Add a -> of(a.left()) + " + " + wrap(a.right(), 1, true);
      case Expr.Sub s -> of(s.left()) + " - " + wrap(s.right(), 1, true);
      case Expr.Mul m -> product(m);
      case Expr.Div d -> wrap(d.left(), 2, false) + "/" + wrap(d.right(), 2, true);
      case Expr.Pow p -> wrap(p.base(), Precedence.POWER_BASE, false) + "^" + exponent(p.exponent());
      case Expr.Call c -> c.function() + "(" + of(c.argument()) + ")";
      case Expr.Percent p -> wrap(p.operand(), Precedence.POWER_BASE, false) + "%";
    };
  }

  /** Text of a statement (relations, sets, tuples). */
  public static String of(Statement s) {
    return switch (s) {
      case Statement.Bare b -> of(b.expr());
      case Statement.Relation r -> {
        StringBuilder sb = new StringBuilder(of(r.operands().get(0)));
        for (int i = 0; i < r.ops().size(); i++) {
          sb.append(' ').append(r.ops().get(i).symbol).append(' ').append(of(r.operands().get(i + 1)));
        }
        yield sb.toString();
      }
      case Statement.And a -> String.join(" and ", a.parts().stream().map(ExprText::of).toList());
      case Statement.Or o -> String.join(" or ", o.parts().stream().map(ExprText::of).toList());
      case Statement.SetOf set -> "{" + String.join(", ", set.elements().stream().map(ExprText::of).toList()) + "}";
      case Statement.Tuple t -> "(" + String.join(", ", t.items().stream().map(ExprText::of).toList()) + ")";
      case Statement.NoSolution n -> "no solution";
      case Statement.AllReals a -> "all real numbers";
    };
  }

  private static String product(Expr.Mul m) {
    String left = wrap(m.left(), 2, false);
    String right = wrap(m.right(), 2, true);
    boolean rightStartsWord = right.length() > 1 && Character.isLetter(right.charAt(0)) && Character.isLetter(right.charAt(1));
    boolean leftEndsLetter = Character.isLetter(left.charAt(left.length() - 1));
    boolean join = m.implicit() && (right.charAt(0) == '(' || Character.isLetter(right.charAt(0)))
        && !(leftEndsLetter && rightStartsWord) && !(m.left() instanceof Expr.Mixed);
    return join ? left + right : left + "*" + right;
  }

  private static String exponent(Expr e) {
    if (e instanceof Expr.Num || e instanceof Expr.Var) return of(e);
    if (e instanceof Expr.Neg n && (n.operand() instanceof Expr.Num || n.operand() instanceof Expr.Var)) return of(e);
    return "(" + of(e) + ")";
  }

  private static String wrap(Expr child, int min, boolean right) {
    return Precedence.needsBrackets(child, min, right, false) ? "(" + of(child) + ")" : of(child);
  }
}
