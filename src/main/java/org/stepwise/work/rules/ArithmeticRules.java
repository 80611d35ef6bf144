package org.stepwise.work.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/** Faulty steps of arithmetic with signed numbers, powers of numbers and mixed numbers; each rewrites one node. */
final class ArithmeticRules {
  private ArithmeticRules() {}

  /** {@code a + b*c} worked left to right as {@code (a+b)*c}; only on numbers, where order of operations is the question. */
  static MisconceptionRule leftToRight() {
    return new SiteRule("left_to_right", e -> {
      if (Terms.hasVariable(e)) {
        return List.of();
      }
      return switch (e) {
        case Expr.Add a when isProduct(a.right()) -> List.of(new Rewrite(regroup(a.left(), true, a.right()), PartText.of(e)));
        case Expr.Sub s when isProduct(s.right()) -> List.of(new Rewrite(regroup(s.left(), false, s.right()), PartText.of(e)));
        default -> List.of();
      };
    });
  }

  private static boolean isProduct(Expr e) {
    return e instanceof Expr.Mul || e instanceof Expr.Div;
  }

  /** Puts {@code left ± (first operand of right)} where the first operand of the product was. */
  private static Expr regroup(Expr left, boolean plus, Expr right) {
    return switch (right) {
      case Expr.Mul m -> new Expr.Mul(regroup(left, plus, m.left()), m.right(), false);
      case Expr.Div d -> new Expr.Div(regroup(left, plus, d.left()), d.right());
      default -> plus ? new Expr.Add(left, right) : new Expr.Sub(left, right);
    };
  }

  /** {@code 3 - 7} taken as {@code 7 - 3}. */
  static MisconceptionRule subtractSmallerFromLarger() {
    return new SiteRule("subtract_smaller_from_larger", e -> {
      if (e instanceof Expr.Sub s && unsigned(s.left()) && unsigned(s.right())) {
        Rational a = Terms.literal(s.left()).orElseThrow();
        Rational b = Terms.literal(s.right()).orElseThrow();
        if (a.compareTo(b) < 0) {
          return List.of(new Rewrite(Terms.num(b.subtract(a)), PartText.of(e)));
        }
      }
      return List.of();
    });
  }

  private static boolean unsigned(Expr e) {
    return e instanceof Expr.Num || e instanceof Expr.Mixed;
  }

  /** {@code a - (-b)} taken as {@code a - b}. */
  static MisconceptionRule minusNegativeStaysMinus() {
    return new SiteRule("minus_negative_stays_minus", e -> {
      if (e instanceof Expr.Sub s && s.right() instanceof Expr.Neg n) {
        return List.of(new Rewrite(new Expr.Sub(s.left(), n.operand()), PartText.of(e)));
      }
      return List.of();
    });
  }

  /** A product or quotient of two negatives given a negative sign. */
  static MisconceptionRule productOfNegativesNegative() {
    return SiteRule.onChains("product_of_negatives_negative", e -> {
      List<Rewrite> out = new ArrayList<>();
      if (e instanceof Expr.Mul) {
        List<Expr> fs = Terms.factors(e);
        for (int i = 0; i < fs.size(); i++) {
          for (int j = i + 1; j < fs.size(); j++) {
            if (fs.get(i) instanceof Expr.Neg a && fs.get(j) instanceof Expr.Neg b) {
              List<Expr> copy = new ArrayList<>(fs);
              copy.set(i, a.operand());
              copy.set(j, b.operand());
              out.add(new Rewrite(new Expr.Neg(Terms.product(copy)), PartText.of(e)));
            }
          }
        }
      } else if (e instanceof Expr.Div d && d.left() instanceof Expr.Neg a && d.right() instanceof Expr.Neg b) {
        out.add(new Rewrite(new Expr.Neg(new Expr.Div(a.operand(), b.operand())), PartText.of(e)));
      }
      return out;
    });
  }

  /** {@code (-3)^2} evaluated as {@code -(3^2)}. */
  static MisconceptionRule squareNegativeAsNegative() {
    return new SiteRule("square_negative_as_negative", e -> {
      if (e instanceof Expr.Pow p && p.base() instanceof Expr.Neg n
          && Terms.integer(p.exponent()).filter(k -> k.signum() > 0 && !k.testBit(0)).isPresent()) {
        return List.of(new Rewrite(new Expr.Neg(new Expr.Pow(n.operand(), p.exponent())), PartText.of(e)));
      }
      return List.of();
    });
  }

  /** {@code a^0} taken as 0. */
  static MisconceptionRule zeroPowerZero() {
    return new SiteRule("zero_power_zero", e -> {
      if (e instanceof Expr.Pow p && Terms.literal(p.exponent()).filter(Rational::isZero).isPresent()) {
        return List.of(new Rewrite(Expr.Num.of(0), PartText.of(e)));
      }
      return List.of();
    });
  }

  /** {@code a^-n} taken as {@code -(a^n)}. */
  static MisconceptionRule negativePowerNegates() {
    return new SiteRule("negative_power_negates", e -> {
      if (e instanceof Expr.Pow p && p.exponent() instanceof Expr.Neg n
          && Terms.integer(n.operand()).filter(k -> k.signum() > 0).isPresent()) {
        return List.of(new Rewrite(new Expr.Neg(new Expr.Pow(p.base(), n.operand())), PartText.of(e)));
      }
      return List.of();
    });
  }

  /** {@code a b/c} converted to {@code (a+b)/c}. */
  static MisconceptionRule mixedToImproperAdd() {
    return new SiteRule("mixed_to_improper_add", e -> {
      if (e instanceof Expr.Mixed m) {
        BigInteger top = m.whole().add(m.numerator());
        Expr wrong = new Expr.Div(
            new Expr.Num(Rational.of(top), top.toString()),
            new Expr.Num(Rational.of(m.denominator()), m.denominator().toString()));
        return List.of(new Rewrite(wrong, PartText.of(e)));
      }
      return List.of();
    });
  }

  /** {@code sqrt(a+b)} taken as {@code sqrt(a)+sqrt(b)}. */
  static MisconceptionRule sqrtEachTerm() {
    return new SiteRule("sqrt_each_term", e -> {
      if (e instanceof Expr.Call c && c.function().equals("sqrt")) {
        List<Expr> terms = Terms.of(c.argument());
        if (terms.size() >= 2) {
          List<Expr> roots = new ArrayList<>();
          for (Expr t : terms) {
            roots.add(root(t));
          }
          return List.of(new Rewrite(Terms.sum(roots), PartText.of(e)));
        }
      }
      return List.of();
    });
  }

  /** The square root of a term, as a number when the term is a perfect square (so no engine support is needed). */
  private static Expr root(Expr t) {
    Optional<BigInteger> n = Terms.integer(t).filter(v -> v.signum() >= 0);
    if (n.isPresent()) {
      BigInteger r = n.get().sqrt();
      if (r.multiply(r).equals(n.get())) {
        return new Expr.Num(Rational.of(r), r.toString());
      }
    }
    return new Expr.Call("sqrt", t);
  }
}
