package org.stepwise.math.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Reading the shape of what a student wrote: its terms, its factors, its variables. */
public final class Shapes {

  private Shapes() {}

  /** One term of a sum with the sign it carries in the sum. */
  public record SignedTerm(boolean negative, Expr term) {}

  /** The terms of a sum, {@code 3x - (2 - x) + -4} gives +3x, -(2 - x), +(-4)→ -4. */
  public static List<SignedTerm> terms(Expr e) {
    List<SignedTerm> out = new ArrayList<>();
    collectTerms(e, false, out);
    return out;
  }

  private static void collectTerms(Expr e, boolean negative, List<SignedTerm> out) {
    switch (e) {
      case Expr.Add a -> {
        collectTerms(a.left(), negative, out);
        collectTerms(a.right(), negative, out);
      }
      case Expr.Sub s -> {
        collectTerms(s.left(), negative, out);
        collectTerms(s.right(), !negative, out);
      }
      case Expr.Neg n when !(n.operand() instanceof Expr.Add) && !(n.operand() instanceof Expr.Sub) ->
          out.add(new SignedTerm(!negative, n.operand()));
      default -> out.add(new SignedTerm(negative, e));
    }
  }

  /** The factors of a product, without a leading minus sign: {@code -2x(x+1)} gives 2, x, (x+1). */
  public static List<Expr> factors(Expr e) {
    List<Expr> out = new ArrayList<>();
    collectFactors(e, out);
    return out;
  }

  private static void collectFactors(Expr e, List<Expr> out) {
    switch (e) {
      case Expr.Mul m -> {
        collectFactors(m.left(), out);
        collectFactors(m.right(), out);
      }
      case Expr.Neg n -> collectFactors(n.operand(), out);
      default -> out.add(e);
    }
  }

  public static boolean isSum(Expr e) {
    return e instanceof Expr.Add || e instanceof Expr.Sub;
  }

  /** A number written as a number: 3, 0.5, 2 1/2, -4. */
  public static boolean isNumberLiteral(Expr e) {
    return switch (e) {
      case Expr.Num n -> true;
      case Expr.Mixed m -> true;
      case Expr.Neg n -> isNumberLiteral(n.operand());
      default -> false;
    };
  }

  /** A whole number written as one: 3, -4 (not 3.0). */
  public static boolean isIntegerLiteral(Expr e) {
    return switch (e) {
      case Expr.Num n -> !n.isDecimal();
      case Expr.Neg n -> isIntegerLiteral(n.operand());
      default -> false;
    };
  }

  public static TreeSet<String> variables(Expr e) {
    TreeSet<String> out = new TreeSet<>();
    collectVariables(e, out);
    return out;
  }

  private static void collectVariables(Expr e, TreeSet<String> out) {
    switch (e) {
      case Expr.Var v -> out.add(v.name());
      case Expr.Neg n -> collectVariables(n.operand(), out);
      case Expr.Add a -> { collectVariables(a.left(), out); collectVariables(a.right(), out); }
      case Expr.Sub s -> { collectVariables(s.left(), out); collectVariables(s.right(), out); }
      case Expr.Mul m -> { collectVariables(m.left(), out); collectVariables(m.right(), out); }
      case Expr.Div d -> { collectVariables(d.left(), out); collectVariables(d.right(), out); }
      case Expr.Pow p -> { collectVariables(p.base(), out); collectVariables(p.exponent(), out); }
      case Expr.Call c -> collectVariables(c.argument(), out);
      case Expr.Percent p -> collectVariables(p.operand(), out);
      default -> { }
    }
  }

  public static TreeSet<String> variables(Statement s) {
    TreeSet<String> out = new TreeSet<>();
    for (Expr e : expressions(s)) out.addAll(variables(e));
    return out;
  }

  /** Every expression that appears in a statement. */
  public static List<Expr> expressions(Statement s) {
    List<Expr> out = new ArrayList<>();
    collectExpressions(s, out);
    return out;
  }

  private static void collectExpressions(Statement s, List<Expr> out) {
    switch (s) {
      case Statement.Bare b -> out.add(b.expr());
      case Statement.Relation r -> out.addAll(r.operands());
      case Statement.And a -> a.parts().forEach(p -> collectExpressions(p, out));
      case Statement.Or o -> o.parts().forEach(p -> collectExpressions(p, out));
      case Statement.SetOf set -> set.elements().forEach(p -> collectExpressions(p, out));
      case Statement.Tuple t -> out.addAll(t.items());
      default -> { }
    }
  }

  /** Pre-order list of all sub-expressions (bounded by the parser's depth limit). */
  public static List<Expr> nodes(Expr e) {
    List<Expr> out = new ArrayList<>();
    collectNodes(e, out);
    return out;
  }

  private static void collectNodes(Expr e, List<Expr> out) {
    out.add(e);
    switch (e) {
      case Expr.Neg n -> collectNodes(n.operand(), out);
      case Expr.Add a -> { collectNodes(a.left(), out); collectNodes(a.right(), out); }
      case Expr.Sub s -> { collectNodes(s.left(), out); collectNodes(s.right(), out); }
      case Expr.Mul m -> { collectNodes(m.left(), out); collectNodes(m.right(), out); }
      case Expr.Div d -> { collectNodes(d.left(), out); collectNodes(d.right(), out); }
      case Expr.Pow p -> { collectNodes(p.base(), out); collectNodes(p.exponent(), out); }
      case Expr.Call c -> collectNodes(c.argument(), out);
      case Expr.Percent p -> collectNodes(p.operand(), out);
      default -> { }
    }
  }
}
