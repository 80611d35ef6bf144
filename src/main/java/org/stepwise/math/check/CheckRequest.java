package org.stepwise.math.check;

import java.math.BigDecimal;

/** One comparison of a student's answer with the expected one (the {@code stepwise check} contract). */
public record CheckRequest(Kind kind, String expected, String answer, Requirement requirement, BigDecimal tolerance) {

  public static CheckRequest of(Kind kind, String expected, String answer) {
    return new CheckRequest(kind, expected, answer, null, null);
  }

  public CheckRequest requiring(Requirement r) {
    return new CheckRequest(kind, expected, answer, r, tolerance);
  }
}
