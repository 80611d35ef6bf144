package org.stepwise.work;

import java.util.List;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.ExprText;

/**
 * The text of the part of a line a question quotes ("when +6 moved ..."), written as the engine writes math, with
 * brackets students expect around negative numbers and fractions in products and after a minus ({@code (-3)(-4)}, {@code (2/3)(4/5)},
 * {@code 5 - (-3)}) and around fractions divided by fractions ({@code (3/4)/(1/2)}).
 */
public final class PartText {
  private PartText() {}

  public static String of(Expr e) {
    return switch (e) {
      case Expr.Mul m when Terms.factors(m).stream().anyMatch(f -> f instanceof Expr.Neg || f instanceof Expr.Div) ->
          product(Terms.factors(m));
      case Expr.Sub s when s.right() instanceof Expr.Neg -> of(s.left()) + " - (" + of(s.right()) + ")";
      case Expr.Add a when a.right() instanceof Expr.Neg -> of(a.left()) + " + (" + of(a.right()) + ")";
      case Expr.Div d when d.left() instanceof Expr.Div && d.right() instanceof Expr.Div ->
          "(" + of(d.left()) + ")/(" + of(d.right()) + ")";
      default -> ExprText.of(e);
    };
  }

  private static String product(List<Expr> factors) {
    StringBuilder sb = new StringBuilder();
    for (Expr f : factors) {
      sb.append('(').append(of(f)).append(')');
    }
    return sb.toString();
  }

  /** A term as it appears in a sum, with its sign: {@code +6}, {@code -4}, {@code -2x}. */
  public static String signed(Expr term) {
    String s = of(term);
    return s.startsWith("-") ? s : "+" + s;
  }
}
