package org.stepwise.math.form;

import java.math.BigInteger;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.PolyGcd;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;

/** Forms of numbers: decimal (with places), mixed number, lowest terms. */
final class NumberForms {

  private NumberForms() {}

  private static Expr unsigned(Expr e) {
    return e instanceof Expr.Neg n ? unsigned(n.operand()) : e;
  }

  static String decimal(Expr e, Integer places) {
    Expr u = unsigned(e);
    if (!(u instanceof Expr.Num n)) return "write it as a decimal number, like 0.75.";
    int written = n.isDecimal() ? n.text().length() - n.text().indexOf('.') - 1 : 0;
    if (places != null && written != places) {
      return "write it with exactly " + places + " decimal place" + (places == 1 ? "" : "s") + ".";
    }
    return null;
  }

  static String mixedNumber(Expr e) {
    Expr u = unsigned(e);
    Rational v = ExprValue.of(e).rationalValue();
    if (u instanceof Expr.Mixed m) {
      if (m.numerator().compareTo(m.denominator()) >= 0) {
        return "in a mixed number the fraction part must be less than 1.";
      }
      return m.numerator().gcd(m.denominator()).equals(BigInteger.ONE) ? null
          : "the fraction part of the mixed number is not in lowest terms.";
    }
    if (v.isInteger() && u instanceof Expr.Num n && !n.isDecimal()) return null;
    if (v.abs().compareTo(Rational.ONE) < 0 && lowestTermsFraction(u)) return null;
    return "write it as a mixed number, like 2 1/2.";
  }

  static String lowestTerms(Expr e) {
    Expr u = unsigned(e);
    if (u instanceof Expr.Num n && !n.isDecimal()) return null;
    if (u instanceof Expr.Mixed m) {
      return m.numerator().gcd(m.denominator()).equals(BigInteger.ONE) && m.numerator().compareTo(m.denominator()) < 0
          ? null : "the fraction is not in lowest terms.";
    }
    if (u instanceof Expr.Num) return "write it as a fraction, not a decimal.";
    if (u instanceof Expr.Div d) {
      RatFun top = ExprValue.of(d.left());
      RatFun bottom = ExprValue.of(d.right());
      if (top.isRational() && bottom.isRational()) {
        return lowestTermsFraction(u) ? null : "the fraction is not in lowest terms.";
      }
      if (top.isPolynomial() && bottom.isPolynomial() && !PolyGcd.gcd(top.num(), bottom.num()).isConstant()) {
        return "the top and bottom still share a factor.";
      }
      return null;
    }
    return "write it as a single fraction in lowest terms.";
  }

  /** p/q or -p/q (the sign on the fraction or on its top) with whole numbers, q > 1 and gcd 1. */
  private static boolean lowestTermsFraction(Expr u) {
    if (!(u instanceof Expr.Div d) || !(unsigned(d.left()) instanceof Expr.Num a)
        || !(d.right() instanceof Expr.Num b)) {
      return false;
    }
    if (a.isDecimal() || b.isDecimal()) return false;
    BigInteger p = a.value().num();
    BigInteger q = b.value().num();
    return q.compareTo(BigInteger.ONE) > 0 && p.gcd(q).equals(BigInteger.ONE);
  }
}
