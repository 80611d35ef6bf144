package org.stepwise.math.ast;

/**
 * When an operand needs brackets, shared by the two writers of expressions ({@link ExprText} for text that reads back
 * to the same tree, {@link ExprLatex} for the preview), so that both bracket exactly where the reading needs it.
 * The one difference: LaTeX draws a division as a fraction, whose bar groups both sides like brackets do.
 */
final class Precedence {
  /** The precedence {@code min} asked of the base of a power. */
  static final int POWER_BASE = 5;

  private Precedence() {}

  static int of(Expr e, boolean fractionBar) {
    return switch (e) {
      case Expr.Add a -> 1;
      case Expr.Sub s -> 1;
      case Expr.Mul m -> 2;
      case Expr.Div d -> fractionBar ? 6 : 2; // a fraction needs no brackets as an operand of a product or a sum
      case Expr.Neg n -> 3;
      case Expr.Pow p -> 4;
      case Expr.Mixed m -> 2;
      case Expr.Num n -> n.value().signum() < 0 ? 3 : 6;
      default -> 6;
    };
  }

  /** Brackets when the child binds looser than {@code min}, or equally on the right of a non-associative operator. */
  static boolean needsBrackets(Expr child, int min, boolean right, boolean fractionBar) {
    int p = of(child, fractionBar);
    boolean negative = child instanceof Expr.Neg || child instanceof Expr.Num n && n.value().signum() < 0;
    // the base of a power is bracketed when it is a division, even drawn as a fraction: (1/2)^2, not 1 over 2 squared
    return p < min || (right && p == min && min <= 2) || (min == POWER_BASE && p < 6) || (right && negative)
        || (min == POWER_BASE && child instanceof Expr.Div);
  }
}
