package org.stepwise.math.exact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;
import org.stepwise.math.internal.Budget;

/** An exact rational number in lowest terms with a positive denominator. Immutable. */
public final class Rational implements Comparable<Rational> {

  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
  public static final Rational MINUS_ONE = new Rational(BigInteger.ONE.negate(), BigInteger.ONE);
  public static final Rational TWO = new Rational(BigInteger.TWO, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  public static Rational of(long n) {
    return of(BigInteger.valueOf(n));
  }

  public static Rational of(BigInteger n) {
    if (n.signum() == 0) return ZERO;
    if (n.equals(BigInteger.ONE)) return ONE;
    return new Rational(n, BigInteger.ONE);
  }

  public static Rational of(long n, long d) {
    return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  public static Rational of(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw new MathException(Code.DIVISION_BY_ZERO, "You can't divide by 0.");
    }
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    Budget.requireBits(Math.max(n.bitLength(), d.bitLength()));
    return n.signum() == 0 ? ZERO : new Rational(n, d);
  }

  /** Exact value of a decimal literal such as {@code 0.75}. */
  public static Rational ofDecimal(String text) {
    BigDecimal d = new BigDecimal(text);
    if (d.scale() <= 0) {
      return of(d.toBigIntegerExact());
    }
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  public BigInteger num() {
    return num;
  }

  public BigInteger den() {
    return den;
  }

  public boolean isZero() {
    return num.signum() == 0;
  }

  public boolean isOne() {
    return num.equals(BigInteger.ONE) && den.equals(BigInteger.ONE);
  }

  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  public int signum() {
    return num.signum();
  }

  public Rational add(Rational o) {
    if (isZero()) return o;
    if (o.isZero()) return this;
    if (den.equals(o.den)) return of(num.add(o.num), den);
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (isZero() || o.isZero()) return ZERO;
    if (isOne()) return o;
    if (o.isOne()) return this;
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  public Rational divide(Rational o) {
    if (o.isZero()) {
      throw new MathException(Code.DIVISION_BY_ZERO, "You can't divide by 0.");
    }
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  public Rational negate() {
    return num.signum() == 0 ? this : new Rational(num.negate(), den);
  }

  public Rational abs() {
    return num.signum() < 0 ? negate() : this;
  }

  public Rational reciprocal() {
    return of(den, num);
  }

  /** Whole-number power; the size is checked before any digit is computed. */
  public Rational pow(int e) {
    if (e == 0) return ONE;
    if (e < 0) return reciprocal().pow(-e);
    long bits = (long) Math.max(num.bitLength(), den.bitLength()) * e;
    Budget.requireBits(bits);
    return of(num.pow(e), den.pow(e));
  }

  public BigDecimal toBigDecimal(MathContext mc) {
    return new BigDecimal(num).divide(new BigDecimal(den), mc);
  }

  public double toDouble() {
    return toBigDecimal(MathContext.DECIMAL64).doubleValue();
  }

  @Override
  public int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  /** {@code 3}, {@code -5/2}. */
  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
