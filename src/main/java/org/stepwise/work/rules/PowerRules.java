package org.stepwise.work.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.Rational;
import org.stepwise.work.PartText;
import org.stepwise.work.Terms;

/** Faulty steps with exponents: powers of products and sums, products of powers, powers of powers. */
final class PowerRules {
  private PowerRules() {}

  /** {@code (3x)^2} taken as {@code 3x^2} (or {@code 3^2 x}): the power reaches one factor only. */
  static MisconceptionRule powerToOneFactor() {
    return new SiteRule("power_to_one_factor", e -> {
      if (!(e instanceof Expr.Pow p) || !(p.base() instanceof Expr.Mul)) {
        return List.of();
      }
      List<Expr> fs = Terms.factors(p.base());
      List<Rewrite> out = new ArrayList<>();
      for (int k : new int[] {fs.size() - 1, 0}) {
        List<Expr> copy = new ArrayList<>(fs);
        copy.set(k, new Expr.Pow(fs.get(k), p.exponent()));
        out.add(new Rewrite(Terms.product(copy), PartText.of(e)));
      }
      return out;
    });
  }

  /** {@code (a+b)^2} taken as {@code a^2+b^2} (and, for a difference, {@code a^2-b^2}). */
  static MisconceptionRule squareEachTerm() {
    return new SiteRule("square_each_term", e -> {
      if (!(e instanceof Expr.Pow p) || Terms.integer(p.exponent()).filter(n -> n.intValue() >= 2).isEmpty()) {
        return List.of();
      }
      List<Expr> terms = Terms.of(p.base());
      if (terms.size() < 2) {
        return List.of();
      }
      List<Expr> powered = new ArrayList<>();
      List<Expr> signKept = new ArrayList<>();
      for (Expr t : terms) {
        powered.add(new Expr.Pow(t, p.exponent()));
        signKept.add(t instanceof Expr.Neg n ? new Expr.Neg(new Expr.Pow(n.operand(), p.exponent()))
            : new Expr.Pow(t, p.exponent()));
      }
      return List.of(new Rewrite(Terms.sum(powered), PartText.of(e)), new Rewrite(Terms.sum(signKept), PartText.of(e)));
    });
  }

  /** {@code x^a * x^b} taken as {@code x^(a*b)}. */
  static MisconceptionRule multiplyExponentsWhenMultiplying() {
    return SiteRule.onFactorPairs("multiply_exponents_when_multiplying", false, (x, y) -> {
      Optional<Power> a = Power.of(x);
      Optional<Power> b = Power.of(y);
      if (a.isEmpty() || b.isEmpty() || !a.get().base().equals(b.get().base())) {
        return Optional.empty();
      }
      BigInteger product = a.get().exponent().multiply(b.get().exponent());
      if (product.equals(a.get().exponent().add(b.get().exponent()))) {
        return Optional.empty(); // x^2*x^2: the faulty and the right step agree, so nothing can be diagnosed
      }
      return Optional.of(new Expr.Pow(a.get().tree(), Terms.num(Rational.of(product))));
    });
  }

  /** {@code (x^a)^b} taken as {@code x^(a+b)}. */
  static MisconceptionRule addExponentsOfPower() {
    return new SiteRule("add_exponents_of_power", e -> {
      if (e instanceof Expr.Pow outer && outer.base() instanceof Expr.Pow inner) {
        Optional<BigInteger> m = Terms.integer(inner.exponent());
        Optional<BigInteger> n = Terms.integer(outer.exponent());
        if (m.isPresent() && n.isPresent() && !m.get().add(n.get()).equals(m.get().multiply(n.get()))) {
          Expr wrong = new Expr.Pow(inner.base(), Terms.num(Rational.of(m.get().add(n.get()))));
          return List.of(new Rewrite(wrong, PartText.of(e)));
        }
      }
      return List.of();
    });
  }

  /** A power of a variable with an integer exponent; a bare variable is its first power. */
  private record Power(String base, Expr tree, BigInteger exponent) {
    static Optional<Power> of(Expr f) {
      if (f instanceof Expr.Var v) {
        return Optional.of(new Power(v.name(), v, BigInteger.ONE));
      }
      if (f instanceof Expr.Pow p && p.base() instanceof Expr.Var v) {
        return Terms.integer(p.exponent()).map(n -> new Power(v.name(), v, n));
      }
      return Optional.empty();
    }
  }
}
