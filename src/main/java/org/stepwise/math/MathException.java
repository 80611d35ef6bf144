package org.stepwise.math;

/**
 * Why the engine could not give a verdict: input that is not math it can read, or input past a limit.
 * {@link #code()} is stable (scripts and the UI switch on it); the message is written for a 12-year-old.
 */
public final class MathException extends RuntimeException {

  /** Stable error codes. The wire name is the lower-case enum name. */
  public enum Code {
    EMPTY_INPUT, INVALID_CHARACTER, UNEXPECTED_SYMBOL, UNBALANCED_PARENTHESIS, MISSING_OPERAND,
    BAD_NUMBER, DIVISION_BY_ZERO, UNDEFINED, UNSUPPORTED, WRONG_KIND,
    TOO_LONG, TOO_DEEP, TOO_LARGE, TIMEOUT, INVALID_REQUEST;

    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Code code;
  private final int position;

  public MathException(Code code, String message) {
    this(code, message, -1);
  }

  public MathException(Code code, String message, int position) {
    super(message, null, false, false); // no stack trace: these are expected answers, not bugs
    this.code = code;
    this.position = position;
  }

  public Code code() {
    return code;
  }

  /** 0-based character position in the (normalised) input, or -1 when the error is not about one place. */
  public int position() {
    return position;
  }
}
