package org.stepwise.work;

import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.ExprText;

/** The text of the part of a line a question quotes ("when +6 moved ..."), written as the engine writes math. */
public final class PartText {
  private PartText() {}

  public static String of(Expr e) {
    return ExprText.of(e);
  }

  /** A term as it appears in a sum, with its sign: {@code +6}, {@code -4}, {@code -2x}. */
  public static String signed(Expr term) {
    String s = of(term);
    return s.startsWith("-") ? s : "+" + s;
  }
}
