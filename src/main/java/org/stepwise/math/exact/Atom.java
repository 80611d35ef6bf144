package org.stepwise.math.exact;

import java.math.BigInteger;

/**
 * An indivisible factor of a monomial. Variables and pi are transcendental symbols; {@link SqrtInt} is the square
 * root of a square-free integer (these are linearly independent over the rationals, so exact zero tests stay sound);
 * {@link Radical} and {@link Abs} wrap an expression and are treated as fresh symbols with the rule
 * {@code sqrt(E)^2 = E} and {@code |E|^2 = E^2}. Treating them as independent symbols can only miss an equivalence,
 * never invent one.
 */
public sealed interface Atom extends Comparable<Atom> {

  /** Total order used to keep monomials canonical; the first character groups the atom kinds. */
  String key();

  @Override
  default int compareTo(Atom o) {
    return key().compareTo(o.key());
  }

  /** Whether the atom's value depends on {@code variable}. */
  boolean dependsOn(String variable);

  record Variable(String name, String key) implements Atom {
    public Variable(String name) {
      this(name, "0" + name);
    }

    @Override
    public boolean dependsOn(String variable) {
      return name.equals(variable);
    }
  }

  record Pi() implements Atom {
    @Override
    public String key() {
      return "1pi";
    }

    @Override
    public boolean dependsOn(String variable) {
      return false;
    }
  }

  /** sqrt(n) for a square-free integer n > 1. */
  record SqrtInt(BigInteger radicand, String key) implements Atom {
    public SqrtInt(BigInteger radicand) {
      this(radicand, "2" + " ".repeat(Math.max(0, 20 - radicand.toString().length())) + radicand);
    }

    @Override
    public boolean dependsOn(String variable) {
      return false;
    }
  }

  /** sqrt(arg) where arg is a polynomial that is not a non-negative rational constant. */
  record Radical(Poly argument, String key) implements Atom {
    public Radical(Poly argument) {
      this(argument, "3" + argument);
    }

    @Override
    public boolean dependsOn(String variable) {
      return argument.dependsOn(variable);
    }
  }

  /** |arg| where arg is a polynomial whose sign is not known; stored with a positive leading coefficient. */
  record Abs(Poly argument, String key) implements Atom {
    public Abs(Poly argument) {
      this(argument, "4" + argument);
    }

    @Override
    public boolean dependsOn(String variable) {
      return argument.dependsOn(variable);
    }
  }
}
