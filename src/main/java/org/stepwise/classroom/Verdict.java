package org.stepwise.classroom;

/** The outcome of one attempt, as decided by the math engine. Stored lower-case in {@code attempts.verdict}. */
public enum Verdict {
  CORRECT,
  INCORRECT,
  /** The answer could not be read as math; it is kept so the teacher sees what was typed. */
  INVALID,
  /** Stored before any verdict could be computed (no engine wired for this item); never counted as right. */
  PENDING;

  public String dbName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Verdict fromDb(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }
}
