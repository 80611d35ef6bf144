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
      case Expr.Pow p -> "{" + wrap(p.base(), 5, false) + "}^{" + of(p.exponent()) + "}";
      case Expr.Call c -> call(c);
      case Expr.Percent p -> wrap(p.operand(), 5, false) + "\\%";
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

  private static int precedence(Expr e) {
    return switch (e) {
      case Expr.Add a -> 1;
      case Expr.Sub s -> 1;
      case Expr.Mul m -> 2;
      case Expr.Div d -> 6; // drawn as a fraction: it needs no brackets as an operand of a product or a sum
      case Expr.Neg n -> 3;
      case Expr.Pow p -> 4;
      case Expr.Mixed m -> 2;
      case Expr.Num n -> n.value().signum() < 0 ? 3 : 6;
      default -> 6;
    };
  }

  /** Brackets when the child binds looser than {@code min}, or equally on the right of a non-associative operator. */
  private static String wrap(Expr child, int min, boolean right) {
    int p = precedence(child);
    boolean negative = child instanceof Expr.Neg || child instanceof Expr.Num n && n.value().signum() < 0;
    boolean needs = p < min || (right && p == min && min <= 2) || (min == 5 && p < 6) || (right && negative);
    // the base of a power is wrapped when it is a fraction too: (1/2)^2, not 1 over 2 squared
    if (min == 5 && child instanceof Expr.Div) {
      needs = true;
    }
    return needs ? "\\left(" + of(child) + "\\right)" : of(child);
  }
}
