package org.stepwise.math.ast;

import java.math.BigInteger;
import java.util.List;
import org.stepwise.math.exact.Rational;

/**
 * An expression exactly as the student wrote it: the tree keeps the shape of the input (a decimal stays a decimal,
 * {@code 2(x+3)} stays a product) because required-form checks and misconception rules look at that shape.
 * Values are compared through {@link org.stepwise.math.exact.RatFun}, never through this tree.
 */
public sealed interface Expr {

  /** A number literal. {@code text} is what was typed (e.g. {@code 0.750}), used by the decimal form check. */
  record Num(Rational value, String text) implements Expr {
    public static Num of(long n) {
      return new Num(Rational.of(n), Long.toString(n));
    }

    public boolean isDecimal() {
      return text.indexOf('.') >= 0;
    }
  }

  /** A mixed number such as {@code 2 1/2}; the sign in front of it ({@code -2 1/2}) is a {@link Neg} around it. */
  record Mixed(BigInteger whole, BigInteger numerator, BigInteger denominator) implements Expr {
    public Rational value() {
      return Rational.of(whole).add(Rational.of(numerator, denominator));
    }
  }

  /** A single-letter variable. */
  record Var(String name) implements Expr {}

  /** A named constant; only {@code pi} today. */
  record Const(String name) implements Expr {}

  record Neg(Expr operand) implements Expr {}

  record Add(Expr left, Expr right) implements Expr {}

  record Sub(Expr left, Expr right) implements Expr {}

  /** {@code implicit} is true for juxtaposition such as {@code 2x} or {@code (x+1)(x-1)}. */
  record Mul(Expr left, Expr right, boolean implicit) implements Expr {}

  record Div(Expr left, Expr right) implements Expr {}

  record Pow(Expr base, Expr exponent) implements Expr {}

  /** {@code sqrt(..)} or {@code abs(..)} (also written {@code |..|}). */
  record Call(String function, Expr argument) implements Expr {}

  /** Percent literal: {@code 25%} is 25/100. */
  record Percent(Expr operand) implements Expr {}

  static Expr sum(List<Expr> terms) {
    Expr e = terms.get(0);
    for (int i = 1; i < terms.size(); i++) e = new Add(e, terms.get(i));
    return e;
  }
}
