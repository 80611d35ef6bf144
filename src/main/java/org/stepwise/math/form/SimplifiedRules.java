package org.stepwise.math.form;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.math.ast.Expr;
import org.stepwise.math.ast.Shapes;
import org.stepwise.math.exact.ExprValue;
import org.stepwise.math.exact.Monomial;
import org.stepwise.math.exact.PolyGcd;
import org.stepwise.math.exact.RatFun;
import org.stepwise.math.exact.Rational;

/**
 * What keeps an expression from being simplified, in words for the student; null when it is simplified.
 * Simplified means: no arithmetic left on numbers, fractions in lowest terms, like terms combined, no ^1, ^0,
 * negative exponents, multiplying by 1 or adding 0, no double signs, radicals simplified, rational expressions
 * without a common factor. Factored forms such as 2(x+3) count as simplified.
 */
final class SimplifiedRules {

  private SimplifiedRules() {}

  static String problem(Expr root) {
    for (Expr e : Shapes.nodes(root)) {
      String p = nodeProblem(e);
      if (p != null) return p;
    }
    return likeTermsProblem(root);
  }

  private static String nodeProblem(Expr e) {
    switch (e) {
      case Expr.Add a when Shapes.isNumberLiteral(a.left()) && Shapes.isNumberLiteral(a.right()) -> {
        return "there is still arithmetic to finish with the numbers.";
      }
      case Expr.Sub s when Shapes.isNumberLiteral(s.left()) && Shapes.isNumberLiteral(s.right()) -> {
        return "there is still arithmetic to finish with the numbers.";
      }
      case Expr.Mul m when Shapes.isNumberLiteral(m.left()) && Shapes.isNumberLiteral(m.right()) -> {
        return "there is still a multiplication of numbers to finish.";
      }
      case Expr.Pow p when Shapes.isNumberLiteral(p.base()) && Shapes.isNumberLiteral(p.exponent()) -> {
        return "there is still a power of a number to work out.";
      }
      case Expr.Div d when Shapes.isIntegerLiteral(d.left()) && Shapes.isIntegerLiteral(d.right()) -> {
        Rational a = ExprValue.of(d.left()).rationalValue();
        Rational b = ExprValue.of(d.right()).rationalValue();
        if (b.abs().isOne()) return "dividing by " + b + " can be left out.";
        if (!a.num().gcd(b.num()).equals(BigInteger.ONE)) return "the fraction is not in lowest terms.";
        if (b.signum() < 0) return "the minus sign belongs in front of the fraction, not under it.";
        return null;
      }
      case Expr.Div d when Shapes.isNumberLiteral(d.left()) && Shapes.isNumberLiteral(d.right()) -> {
        return "there is still a division of numbers to finish.";
      }
      case Expr.Pow p when p.exponent() instanceof Expr.Num n && (n.value().isOne() || n.value().isZero()) -> {
        return "a power of " + n.text() + " can be written more simply.";
      }
      case Expr.Pow p when isNegativeNumber(p.exponent()) -> {
        return "write it without negative exponents.";
      }
      case Expr.Pow p when p.base() instanceof Expr.Pow -> {
        return "a power of a power can be written as one power.";
      }
      case Expr.Mul m when isOne(m.left()) || isOne(m.right()) -> {
        return "multiplying by 1 can be left out.";
      }
      case Expr.Mul m when isMinusOne(m.left()) -> {
        return "multiplying by -1 can be written as just a minus sign.";
      }
      case Expr.Mul m when isZero(m.left()) || isZero(m.right()) -> {
        return "a term multiplied by 0 is 0 and can be left out.";
      }
      case Expr.Div d when isOne(d.right()) -> {
        return "dividing by 1 can be left out.";
      }
      case Expr.Mixed m when m.numerator().compareTo(m.denominator()) >= 0 -> {
        return "the fraction part of the mixed number is not less than 1.";
      }
      case Expr.Add a when isZero(a.left()) || isZero(a.right()) -> {
        return "adding 0 can be left out.";
      }
      case Expr.Sub s when isZero(s.right()) -> {
        return "subtracting 0 can be left out.";
      }
      case Expr.Neg n when n.operand() instanceof Expr.Neg -> {
        return "two minus signs in a row can be simplified.";
      }
      case Expr.Sub s when s.right() instanceof Expr.Neg -> {
        return "subtracting a negative can be written as adding.";
      }
      case Expr.Add a when a.right() instanceof Expr.Neg -> {
        return "adding a negative can be written as subtracting.";
      }
      case Expr.Call c when c.function().equals("sqrt") && c.argument() instanceof Expr.Num n && !n.isDecimal() -> {
        BigInteger v = n.value().num();
        for (long k = 2; k * k <= Math.min(v.longValue(), 1_000_000_000L); k++) {
          if (v.mod(BigInteger.valueOf(k * k)).signum() == 0) return "the square root can be simplified.";
        }
        return v.equals(BigInteger.ONE) || v.signum() == 0 ? "the square root can be simplified." : null;
      }
      case Expr.Mul m -> {
        return productProblem(m);
      }
      case Expr.Div d -> {
        RatFun top = ExprValue.of(d.left());
        RatFun bottom = ExprValue.of(d.right());
        if (top.isPolynomial() && bottom.isPolynomial() && !bottom.num().isConstant()) {
          if (!PolyGcd.gcd(top.num(), bottom.num()).isConstant()) {
            return "the top and bottom of the fraction still share a factor.";
          }
        }
        if (top.isPolynomial() && bottom.isRational() && !top.num().isZero()) {
          Rational content = top.num().integerScale().reciprocal();
          Rational q = bottom.rationalValue();
          if (content.isInteger() && q.isInteger()
              && !content.num().gcd(q.num()).abs().equals(BigInteger.ONE)) {
            return "the numbers in the fraction can still be reduced.";
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String productProblem(Expr.Mul m) {
    List<Expr> factors = Shapes.factors(m);
    int numbers = 0;
    Map<String, Integer> bases = new HashMap<>();
    for (Expr f : factors) {
      if (Shapes.isNumberLiteral(f)) numbers++;
      Expr base = f instanceof Expr.Pow p ? p.base() : f;
      if (base instanceof Expr.Var v) {
        if (bases.merge(v.name(), 1, Integer::sum) > 1) {
          return "the powers of " + v.name() + " can be combined into one power.";
        }
      }
    }
    return numbers > 1 ? "the numbers in the product can be multiplied together." : null;
  }

  /**
   * Two terms of one sum that have like terms, also once brackets are multiplied out: {@code 3x + 2x} and
   * {@code 2(x+3) + x} are not simplified, {@code 2(x+3)} and {@code x(x+1) + 1} are.
   */
  private static String likeTermsProblem(Expr root) {
    for (Expr e : Shapes.nodes(root)) {
      if (!Shapes.isSum(e)) continue;
      List<Monomial> seen = new ArrayList<>();
      for (Shapes.SignedTerm t : Shapes.terms(e)) {
        RatFun v = ExprValue.of(t.term());
        if (!v.isPolynomial()) continue;
        List<Monomial> mine = new ArrayList<>(v.num().terms().keySet());
        for (Monomial m : mine) {
          if (seen.contains(m)) {
            return m.isOne() ? "the numbers can still be added together." : "some like terms can still be combined.";
          }
        }
        seen.addAll(mine);
      }
    }
    return null;
  }

  private static boolean isOne(Expr e) {
    return e instanceof Expr.Num n && n.value().isOne();
  }

  private static boolean isMinusOne(Expr e) {
    return e instanceof Expr.Neg n && isOne(n.operand());
  }

  private static boolean isZero(Expr e) {
    return e instanceof Expr.Num n && n.value().isZero();
  }

  private static boolean isNegativeNumber(Expr e) {
    return e instanceof Expr.Neg n && Shapes.isNumberLiteral(n.operand())
        || e instanceof Expr.Num num && num.value().signum() < 0;
  }
}
