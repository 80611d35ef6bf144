package org.stepwise.work.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/** Faulty steps when multiplying out brackets or collecting terms. */
final class DistributionRules {
  private DistributionRules() {}

  /** {@code k(a+b)} taken as {@code ka+b}. */
  static MisconceptionRule distributeFirstOnly() {
    return SiteRule.onChains("distribute_first_only", e -> {
      List<Rewrite> out = new ArrayList<>();
      forEachBracket(e, (k, terms) -> {
        List<Expr> wrong = new ArrayList<>(terms);
        wrong.set(0, Terms.mul(k, terms.get(0)));
        out.add(new Rewrite(Terms.sum(wrong), PartText.of(e)));
      });
      return out;
    });
  }

  /**
   * A minus in front of brackets reaching the first term only: {@code -(a+b)} as {@code -a+b}, {@code c-(a+b)} as
   * {@code c-a+b}, {@code -2(a-b)} as {@code -2a-2b}, {@code c-2(a+b)} as {@code c-2a+2b}.
   */
  static MisconceptionRule negateFirstTermOnly() {
    return new SiteRule("negate_first_term_only", e -> {
      List<Rewrite> out = new ArrayList<>();
      if (e instanceof Expr.Neg n && Terms.of(n.operand()).size() >= 2) {
        out.add(new Rewrite(Terms.sum(firstNegated(Terms.of(n.operand()))), PartText.of(e)));
      }
      if (e instanceof Expr.Sub s && Terms.of(s.right()).size() >= 2) {
        List<Expr> all = new ArrayList<>(Terms.of(s.left()));
        all.addAll(firstNegated(Terms.of(s.right())));
        out.add(new Rewrite(Terms.sum(all), PartText.of(e)));
      }
      if (e instanceof Expr.Sub s && s.right() instanceof Expr.Mul) {
        // c - 2(x+1) as c - 2x + 2: the minus in front reaches the first product only
        forEachBracket(s.right(), (k, terms) -> {
          List<Expr> all = new ArrayList<>(Terms.of(s.left()));
          all.add(Terms.negate(Terms.mul(k, terms.get(0))));
          for (int i = 1; i < terms.size(); i++) {
            all.add(signedProduct(k, terms.get(i)));
          }
          out.add(new Rewrite(Terms.sum(all), "-" + PartText.of(s.right())));
        });
      }
      forEachBracket(e, (k, terms) -> {
        Optional<Rational> c = Terms.monomial(k).map(Terms.Monomial::coefficient);
        if (c.isPresent() && c.get().signum() < 0) {
          Expr magnitude = Terms.negate(k);
          List<Expr> wrong = new ArrayList<>();
          wrong.add(Terms.mul(k, terms.get(0)));
          for (int i = 1; i < terms.size(); i++) {
            wrong.add(signedProduct(magnitude, terms.get(i)));
          }
          out.add(new Rewrite(Terms.sum(wrong), PartText.of(e)));
        }
      });
      return out;
    });
  }

  private static List<Expr> firstNegated(List<Expr> terms) {
    List<Expr> out = new ArrayList<>(terms);
    out.set(0, Terms.negate(terms.get(0)));
    return out;
  }

  /** {@code m * t} with the sign of {@code t} brought to the front, so the sum reads {@code -2x-6}. */
  private static Expr signedProduct(Expr m, Expr t) {
    return t instanceof Expr.Neg n ? new Expr.Neg(Terms.mul(m, n.operand())) : Terms.mul(m, t);
  }

  /** {@code (a+b)(c+d)} taken as {@code ac+bd}. */
  static MisconceptionRule multiplyFirstsAndLasts() {
    return SiteRule.onFactorPairs("multiply_firsts_and_lasts", true, (x, y) -> {
      List<Expr> a = Terms.of(x);
      List<Expr> b = Terms.of(y);
      if (a.size() != 2 || b.size() != 2) {
        return Optional.empty();
      }
      return Optional.of(Terms.sum(List.of(signedProduct2(a.get(0), b.get(0)), signedProduct2(a.get(1), b.get(1)))));
    });
  }

  /** Product of two signed terms, with the resulting sign in front. */
  private static Expr signedProduct2(Expr a, Expr b) {
    boolean negative = (a instanceof Expr.Neg) != (b instanceof Expr.Neg);
    Expr p = Terms.mul(unsign(a), unsign(b));
    return negative ? new Expr.Neg(p) : p;
  }

  private static Expr unsign(Expr e) {
    return e instanceof Expr.Neg n ? n.operand() : e;
  }

  /** {@code 3x+2} taken as {@code 5x}: coefficients of unlike terms added. */
  static MisconceptionRule mergeUnlikeTerms() {
    return SiteRule.onChains("merge_unlike_terms", e -> {
      if (!(e instanceof Expr.Add || e instanceof Expr.Sub)) {
        return List.of();
      }
      List<Expr> terms = Terms.of(e);
      List<Rewrite> out = new ArrayList<>();
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          Optional<Terms.Monomial> a = Terms.monomial(terms.get(i));
          Optional<Terms.Monomial> b = Terms.monomial(terms.get(j));
          if (a.isEmpty() || b.isEmpty() || !a.get().isPowerProduct() || !b.get().isPowerProduct()
              || a.get().variablePart().equals(b.get().variablePart())) {
            continue;
          }
          Rational c = a.get().coefficient().add(b.get().coefficient());
          for (Terms.Monomial keep : List.of(a.get(), b.get())) {
            if (keep.isConstant() || c.isZero()) {
              continue;
            }
            List<Expr> copy = new ArrayList<>(terms);
            copy.set(i, keep.withCoefficient(c));
            copy.remove(j);
            String part = PartText.of(Terms.sum(List.of(terms.get(i), terms.get(j))));
            out.add(new Rewrite(Terms.sum(copy), part));
          }
        }
      }
      return out;
    });
  }

  /** Calls {@code action(multiplier, terms)} for a product with a bracketed sum among its factors. */
  private static void forEachBracket(Expr e, java.util.function.BiConsumer<Expr, List<Expr>> action) {
    if (!(e instanceof Expr.Mul)) {
      return;
    }
    List<Expr> fs = Terms.factors(e);
    for (int i = 0; i < fs.size(); i++) {
      List<Expr> terms = Terms.of(fs.get(i));
      if (terms.size() >= 2 && fs.size() >= 2) {
        List<Expr> others = new ArrayList<>(fs);
        others.remove(i);
        action.accept(Terms.product(others), terms);
      }
    }
  }
}
