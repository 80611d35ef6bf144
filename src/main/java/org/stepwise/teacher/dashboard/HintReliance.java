package org.stepwise.teacher.dashboard;

/**
 * How much a student leans on hints.
 *
 * @param hintedShare          share of attempts that used at least one hint
 * @param correctWithoutHints  share of the attempts without hints that were right (NaN when there were none)
 * @param reliant              at least {@link Dashboard#RELIANCE_MIN_ATTEMPTS} attempts and a hinted share of at least
 *                             {@link Dashboard#RELIANCE_SHARE}
 */
public record HintReliance(
    String studentId, int attempts, int hintedAttempts, double hintsPerAttempt, double hintedShare,
    double correctWithoutHints, boolean reliant) {}
