package org.stepwise.math.exact;

import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;

/**
 * A quotient of polynomials. Arithmetic does not cancel common factors, on purpose: the denominator keeps the
 * points where the original expression is undefined, which the solver needs ({@code (x^2-1)/(x-1) = 0} has only the
 * solution -1). Equivalence is decided by cross-multiplication, which is exact.
 */
public record RatFun(Poly num, Poly den) {

  public static final RatFun ZERO = new RatFun(Poly.ZERO, Poly.ONE);
  public static final RatFun ONE = new RatFun(Poly.ONE, Poly.ONE);

  public RatFun {
    if (den.isZero()) {
      throw new MathException(Code.DIVISION_BY_ZERO, "You can't divide by 0.");
    }
    if (den.isRational() && !den.equals(Poly.ONE)) {
      num = num.scale(den.rationalValue().reciprocal());
      den = Poly.ONE;
    }
    if (num.isZero()) den = den.isConstant() ? Poly.ONE : den;
  }

  public static RatFun of(Poly p) {
    return new RatFun(p, Poly.ONE);
  }

  public static RatFun of(Rational r) {
    return new RatFun(Poly.constant(r), Poly.ONE);
  }

  public boolean isPolynomial() {
    return den.equals(Poly.ONE);
  }

  public boolean isZero() {
    return num.isZero();
  }

  public boolean isConstant() {
    return num.isConstant() && den.isConstant();
  }

  public boolean isRational() {
    return isPolynomial() && num.isRational();
  }

  public Rational rationalValue() {
    return num.rationalValue();
  }

  public java.util.TreeSet<String> variables() {
    java.util.TreeSet<String> v = num.variables();
    v.addAll(den.variables());
    return v;
  }

  public boolean dependsOn(String variable) {
    return num.dependsOn(variable) || den.dependsOn(variable);
  }

  public RatFun add(RatFun o) {
    if (isZero()) return o;
    if (o.isZero()) return this;
    if (den.equals(o.den)) return new RatFun(num.add(o.num), den);
    return new RatFun(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public RatFun negate() {
    return new RatFun(num.negate(), den);
  }

  public RatFun subtract(RatFun o) {
    return add(o.negate());
  }

  public RatFun multiply(RatFun o) {
    return new RatFun(num.multiply(o.num), den.multiply(o.den));
  }

  public RatFun divide(RatFun o) {
    if (o.isZero()) {
      throw new MathException(Code.DIVISION_BY_ZERO, "You can't divide by 0.");
    }
    return new RatFun(num.multiply(o.den), den.multiply(o.num));
  }

  public RatFun scale(Rational c) {
    return new RatFun(num.scale(c), den);
  }

  public RatFun pow(int e) {
    if (e >= 0) return new RatFun(num.pow(e), den.pow(e));
    if (isZero()) {
      throw new MathException(Code.DIVISION_BY_ZERO, "0 to a negative power means dividing by 0.");
    }
    return new RatFun(den.pow(-e), num.pow(-e));
  }

  /** Exact: a/b = c/d as functions (away from points where either is undefined) iff a*d - c*b is the zero polynomial. */
  public boolean equivalentTo(RatFun o) {
    if (den.equals(o.den)) return num.equals(o.num);
    return num.multiply(o.den).equals(o.num.multiply(den));
  }

  public RatFun substitute(Atom atom, Poly value) {
    return new RatFun(num.substitute(atom, value), den.substitute(atom, value));
  }

  @Override
  public String toString() {
    return Printer.ratFun(this);
  }
}
