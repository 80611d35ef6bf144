package org.stepwise.work;

import org.stepwise.math.ast.Expr;

/**
 * Writes an expression tree back as a student would type it, with only the brackets it needs; used to quote the
 * exact part of a line in a question ("when +6 moved ...").
 */
public final class ExprText {
  private ExprText() {}

  public static String of(Expr e) {
    return write(e, 0);
  }

  /** A term as it appears in a sum, with its sign: {@code +6}, {@code -4}, {@code -2x}. */
  public static String signed(Expr term) {
    String s = of(term);
    return s.startsWith("-") ? s : "+" + s;
  }

  // Precedence levels: 1 sum, 2 product, 3 unary minus, 4 power, 5 atom.
  private static int level(Expr e) {
    return switch (e) {
      case Expr.Add a -> 1;
      case Expr.Sub s -> 1;
      case Expr.Mul m -> 2;
      case Expr.Div d -> 2;
      case Expr.Neg n -> 3;
      case Expr.Pow p -> 4;
      case Expr.Mixed m -> 1; // "2 1/3" must be bracketed inside a product or power
      default -> 5;
    };
  }

  private static String write(Expr e, int outer) {
    String s = switch (e) {
      case Expr.Num n -> n.text();
      case Expr.Mixed m -> m.whole() + " " + m.numerator() + "/" + m.denominator();
      case Expr.Var v -> v.name();
      case Expr.Const c -> c.name();
      case Expr.Neg n -> "-" + write(n.operand(), 4);
      case Expr.Add a -> write(a.left(), 1) + (startsWithMinus(a.right()) ? "" : "+") + write(a.right(), 2);
      case Expr.Sub s2 -> write(s2.left(), 1) + "-" + write(s2.right(), 2);
      case Expr.Mul m -> product(m);
      case Expr.Div d -> write(d.left(), 2) + "/" + write(d.right(), 3);
      case Expr.Pow p -> write(p.base(), 5) + "^" + write(p.exponent(), 4);
      case Expr.Call c -> c.function() + "(" + write(c.argument(), 0) + ")";
      case Expr.Percent p -> write(p.operand(), 5) + "%";
    };
    return level(e) < outer ? "(" + s + ")" : s;
  }

  private static boolean startsWithMinus(Expr e) {
    return e instanceof Expr.Neg;
  }

  private static String product(Expr.Mul m) {
    String left = write(m.left(), 2);
    String right = write(m.right(), 3);
    boolean juxtapose = m.implicit()
        && !(right.charAt(0) >= '0' && right.charAt(0) <= '9')
        && !right.startsWith("-");
    return juxtapose ? left + right : left + "*" + right;
  }
}
