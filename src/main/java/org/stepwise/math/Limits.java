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

  public static final Limits DEFAULT = new Limits(2_000, 100, 120, 4_000, 4_096, 1_000, Duration.ofMillis(50));
}
