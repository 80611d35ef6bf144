package org.stepwise.math.check;

import java.util.Locale;
import org.stepwise.math.MathException;
import org.stepwise.math.MathException.Code;

/** What is being compared: the {@code kind} of the check contract. */
public enum Kind {
  EXPRESSION, EQUATION, INEQUALITY, SOLUTION_SET, NUMERIC;

  public static Kind parse(String s) {
    if (s == null) throw new MathException(Code.INVALID_REQUEST, "\"kind\" is missing.");
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MathException(Code.INVALID_REQUEST,
          "Unknown kind '" + s + "': use expression, equation, inequality, solution_set or numeric.");
    }
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
