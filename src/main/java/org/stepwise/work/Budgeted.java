package org.stepwise.work;

import java.time.Duration;
import java.util.function.Supplier;
import org.stepwise.math.Limits;
import org.stepwise.math.MathException;
import org.stepwise.math.MathEngine;

/**
 * Runs the check of one solution under one engine budget, so a hostile solution cannot hold a thread: at most
 * {@link WorkLimits#MAX_STEPS} lines, each tried against every rule, within {@link #TIME} in total.
 */
final class Budgeted {
  static final Duration TIME = Duration.ofMillis(500);
  private static final MathEngine ENGINE = new MathEngine(new Limits(
      Limits.DEFAULT.maxInputChars(), Limits.DEFAULT.maxDepth(), Limits.DEFAULT.maxDegree(), Limits.DEFAULT.maxTerms(),
      Limits.DEFAULT.maxCoefficientBits(), Limits.DEFAULT.maxIntExponent(), TIME));

  private Budgeted() {}

  static <T> T run(Supplier<T> work) {
    try {
      return ENGINE.run(work);
    } catch (MathException e) {
      if (e.code() == MathException.Code.TIMEOUT) {
        throw new WorkInputException("timeout", "checking this solution took longer than " + TIME.toMillis() + " ms");
      }
      throw new WorkInputException(e.code().wireName(), e.getMessage());
    }
  }
}
