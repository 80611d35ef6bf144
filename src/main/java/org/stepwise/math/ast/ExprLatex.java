package org.stepwise.math.ast;

import java.util.List;

/**
 * Writes a parsed expression or statement as LaTeX for display (the answer preview): fractions as {@code \frac},
 * roots as {@code \sqrt}, powers raised, relations with their symbols. It keeps the shape the student typed, like
 * {@link ExprText}, so that the preview shows what was read, brackets only where the reading needs them. The output
 * is built from the tree only (letters, digits and fixed commands), so it never carries text the student typed
 * through unread.
 */
public final class ExprLatex {

  private ExprLatex() {}

  public static String of(Expr e) {
    return switch (e) {
      case Expr.Num n -> n.text();
      case Expr.Mixed m -> m.whole() + "\\frac{" + m.numerator() + "}{" + m.denominator() + "}";
      case Expr.Var v -> v.name();
      case Expr.Const c -> c.name().equals("pi") ? "\\pi" : "\\mathrm{" + c.name() + "}";
      case Expr.Neg n -> "-" + wrap(n.operand(), 3, false);
      case Expr.Add a -> of(a.left()) + " + " + wrap(a.right(), 1, true);
      case Expr.Sub s -> of(s.left()) + " - " + wrap(s.right(), 1, true);
      case Expr.Mul m -> product(m);
      // a fraction bar groups both sides: no brackets needed inside
      case Expr.Div d -> "\\frac{" + of(d.left()) + "}{" + of(d.right()) + "}";
      case Expr.Pow p -> "{" + wrap(p.base(), Precedence.POWER_BASE, false) + "}^{" + of(p.exponent()) + "}";
      case Expr.Call c -> call(c);
      case Expr.Percent p -> wrap(p.operand(), Precedence.POWER_BASE, false) + "\\%";
    };
  }

  public static String of(Statement s) {
    return switch (s) {
      case Statement.Bare b -> of(b.expr());
      case Statement.Relation r -> {
        StringBuilder sb = new StringBuilder(of(r.operands().get(0)));
        for (int i = 0; i < r.ops().size(); i++) {
          sb.append(' ').append(symbol(r.ops().get(i))).append(' ').append(of(r.operands().get(i + 1)));
        }
        yield sb.toString();
      }
      case Statement.And a -> join(a.parts(), " \\text{ and } ");
      case Statement.Or o -> join(o.parts(), " \\text{ or } ");
      case Statement.SetOf set -> "\\{" + join(set.elements(), ", ") + "\\}";
      case Statement.Tuple t -> "\\left(" + String.join(", ", t.items().stream().map(ExprLatex::of).toList())
          + "\\right)";
      case Statement.NoSolution n -> "\\text{no solution}";
      case Statement.AllReals a -> "\\text{all real numbers}";
    };
  }

  private static String join(List<Statement> parts, String separator) {
    return String.join(separator, parts.stream().map(ExprLatex::of).toList());
  }

  private static String symbol(Statement.RelOp op) {
    return switch (op) {
      case EQ -> "=";
      case NE -> "\\neq";
      case LT -> "<";
      case LE -> "\\le";
      case GT -> ">";
      case GE -> "\\ge";
    };
  }

  private static String call(Expr.Call c) {
    return switch (c.function()) {
      case "sqrt" -> "\\sqrt{" + of(c.argument()) + "}";
      case "abs" -> "\\left|" + of(c.argument()) + "\\right|";
      default -> "\\operatorname{" + c.function().replaceAll("[^a-z]", "") + "}\\left(" + of(c.argument())
          + "\\right)";
    };
  }

  /** Juxtaposed as typed ({@code 2x}, {@code 3(x+1)}); an explicit or number-after-something product shows a sign. */
  private static String product(Expr.Mul m) {
    String left = wrap(m.left(), 2, false);
    String right = wrap(m.right(), 2, true);
    char first = right.charAt(0);
    boolean join = m.implicit() && !Character.isDigit(first) && first != '.' && first != '-'
        && !(m.left() instanceof Expr.Mixed);
    if (join) {
      return left + (Character.isLetter(first) && Character.isLetter(left.charAt(left.length() - 1)) ? " " : "")
          + right;
    }
    return left + (m.implicit() ? " \\cdot " : " \\times ") + right;
  }

  private static String wrap(Expr child, int min, boolean right) {
    return Precedence.needsBrackets(child, min, right, true) ? "\\left(" + of(child) + "\\right)" : of(child);
  }
}
