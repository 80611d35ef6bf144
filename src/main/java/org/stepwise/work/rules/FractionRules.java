package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/** Faulty steps with fractions: adding across, multiplying crosswise, dividing without inverting, cancelling terms. */
final class FractionRules {
  private FractionRules() {}

  /** {@code a/b + c/d} taken as {@code (a+c)/(b+d)}. */
  static MisconceptionRule addAcross() {
    return SiteRule.onChains("add_across", e -> {
      if (!(e instanceof Expr.Add || e instanceof Expr.Sub)) {
        return List.of();
      }
      List<Expr> terms = Terms.of(e);
      List<Rewrite> out = new ArrayList<>();
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          Signed a = Signed.of(terms.get(i));
          Signed b = Signed.of(terms.get(j));
          if (a.fraction() instanceof Expr.Div fa && b.fraction() instanceof Expr.Div fb) {
            Expr top = Terms.sum(List.of(a.apply(fa.left()), b.apply(fb.left())));
            Expr wrong = new Expr.Div(top, new Expr.Add(fa.right(), fb.right()));
            List<Expr> copy = new ArrayList<>(terms);
            copy.set(i, wrong);
            copy.remove(j);
            out.add(new Rewrite(Terms.sum(copy), PartText.of(Terms.sum(List.of(terms.get(i), terms.get(j))))));
          }
        }
      }
      return out;
    });
  }

  /** A term with its sign taken off, so {@code -1/2} is seen as the fraction {@code 1/2} with a minus. */
  private record Signed(boolean negative, Expr fraction) {
    static Signed of(Expr t) {
      return t instanceof Expr.Neg n ? new Signed(true, n.operand()) : new Signed(false, t);
    }

    Expr apply(Expr e) {
      return negative ? Terms.negate(e) : e;
    }
  }

  /** {@code a/b * c/d} taken as {@code (a*d)/(b*c)}. */
  static MisconceptionRule multiplyFractionsCrosswise() {
    return SiteRule.onFactorPairs("multiply_fractions_crosswise", false, (x, y) -> {
      if (x instanceof Expr.Div a && y instanceof Expr.Div b) {
        return Optional.of(new Expr.Div(Terms.mul(a.left(), b.right()), Terms.mul(a.right(), b.left())));
      }
      return Optional.empty();
    });
  }

  /** {@code (a/b) / (c/d)} taken as {@code (a*c)/(b*d)}. */
  static MisconceptionRule divideFractionsStraight() {
    return new SiteRule("divide_fractions_straight", e -> {
      if (e instanceof Expr.Div d && d.left() instanceof Expr.Div a && d.right() instanceof Expr.Div b) {
        Expr wrong = new Expr.Div(Terms.mul(a.left(), b.left()), Terms.mul(a.right(), b.right()));
        return List.of(new Rewrite(wrong, PartText.of(e)));
      }
      return List.of();
    });
  }

  /** {@code (x+3)/(x+5)} taken as {@code 3/5}: a term present above and below is struck out as if it were a factor. */
  static MisconceptionRule cancelCommonTerm() {
    return new SiteRule("cancel_common_term", e -> {
      if (!(e instanceof Expr.Div d)) {
        return List.of();
      }
      List<Expr> top = Terms.of(d.left());
      List<Expr> bottom = Terms.of(d.right());
      if (top.size() < 2 && bottom.size() < 2) {
        return List.of();
      }
      List<Rewrite> out = new ArrayList<>();
      for (int i = 0; i < top.size(); i++) {
        String t = PartText.of(top.get(i));
        for (int j = 0; j < bottom.size(); j++) {
          if (t.equals(PartText.of(bottom.get(j))) && top.size() > 1 && bottom.size() > 1) {
            List<Expr> a = new ArrayList<>(top);
            a.remove(i);
            List<Expr> b = new ArrayList<>(bottom);
            b.remove(j);
            out.add(new Rewrite(new Expr.Div(Terms.sum(a), Terms.sum(b)), PartText.of(e)));
          }
        }
      }
      return out;
    });
  }
}
