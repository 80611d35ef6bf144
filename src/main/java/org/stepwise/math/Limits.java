package org.stepwise.math;

import java.time.Duration;

/**
 * Bounds that keep every check fast and every thread healthy on hostile input.
 * Past any of them the engine answers with a {@link MathException} (too_long, too_deep, too_large, timeout).
 *
 * @param maxInputChars   longest input string read as math
 * @param maxDepth        deepest nesting of brackets, powers, signs and functions
 * @param maxDegree       highest total degree of any polynomial built while normalising
 * @param maxTerms        most terms in any polynomial built while normalising
 * @param maxCoefficientBits largest numerator or denominator of any coefficient, in bits
 * @param maxIntExponent  largest whole-number exponent applied to anything
 * @param timePerCheck    wall-clock budget of one check (parse, normalise, solve, compare)
 */
public record Limits(
    int maxInputChars,
    int maxDepth,
    int maxDegree,
    int maxTerms,
    int maxCoefficientBits,
    int maxIntExponent,
    Duration timePerCheck) {

  /**
   * The engine's defaults. The time budget can be raised with the system property {@code stepwise.check.budget.ms}:
   * the test suite does, so that a loaded CI machine cannot turn a verdict into a time-out (the benchmarks measure
   * speed, and the time-out itself is tested with its own limits).
   */
  public static final Limits DEFAULT = new Limits(2_000, 100, 120, 4_000, 4_096, 1_000,
      Duration.ofMillis(Long.getLong("stepwise.check.budget.ms", 50)));
}
