package org.stepwise.content;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact rational number for template parameters. Content needs only a handful of operations, and
 * keeping them here keeps the content package independent of the math engine's internals.
 */
public record Exact(BigInteger num, BigInteger den) implements Comparable<Exact> {

  /** Values larger than this many bits are refused: templates never need them, hostile input might. */
  static final int MAX_BITS = 512;

  public static final Exact ZERO = of(0);
  public static final Exact ONE = of(1);

  public Exact {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.signum() == 0) {
      den = BigInteger.ONE;
    }
    if (num.bitLength() > MAX_BITS || den.bitLength() > MAX_BITS) {
      throw new ArithmeticException("number too large (over " + MAX_BITS + " bits)");
    }
  }

  public static Exact of(long n) {
    return new Exact(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Exact of(long n, long d) {
    return new Exact(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  public static Exact of(boolean b) {
    return b ? ONE : ZERO;
  }

  public Exact add(Exact o) {
    return new Exact(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Exact subtract(Exact o) {
    return add(o.negate());
  }

  public Exact multiply(Exact o) {
    return new Exact(num.multiply(o.num), den.multiply(o.den));
  }

  public Exact divide(Exact o) {
    if (o.num.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return new Exact(num.multiply(o.den), den.multiply(o.num));
  }

  public Exact negate() {
    return new Exact(num.negate(), den);
  }

  public Exact abs() {
    return signum() < 0 ? negate() : this;
  }

  public int signum() {
    return num.signum();
  }

  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  public boolean isTrue() {
    return num.signum() != 0;
  }

  /** Integer value, or an error naming the operation that needed one. */
  public BigInteger integer(String forWhat) {
    if (!isInteger()) {
      throw new ArithmeticException(forWhat + " needs an integer, got " + this);
    }
    return num;
  }

  @Override
  public int compareTo(Exact o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  /** Plain rendering: {@code 3}, {@code -3}, {@code 3/4}, {@code -3/4}. */
  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }

  /** Mixed-number rendering: {@code 2 1/3}, {@code -2 1/3}; proper fractions and integers stay plain. */
  public String toMixed() {
    BigInteger[] qr = num.abs().divideAndRemainder(den);
    if (qr[0].signum() == 0 || qr[1].signum() == 0) {
      return toString();
    }
    return (signum() < 0 ? "-" : "") + qr[0] + " " + qr[1] + "/" + den;
  }

  /** Terminating decimal rendering, or an error when the value has no finite decimal expansion. */
  public String toDecimal() {
    try {
      return new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros().toPlainString();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(this + " has no terminating decimal expansion");
    }
  }

  /** Parses an integer or a terminating decimal literal such as {@code 12} or {@code 0.25}. */
  public static Exact parseLiteral(String text) {
    BigDecimal d = new BigDecimal(text);
    if (d.scale() <= 0) {
      return new Exact(d.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Exact(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }
}
