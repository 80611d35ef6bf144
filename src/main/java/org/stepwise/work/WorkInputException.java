package org.stepwise.work;

/** Input that cannot be checked (unsupported problem, unreadable line, over a limit); carries a stable code. */
public final class WorkInputException extends RuntimeException {
  private final String code;

  public WorkInputException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** Stable machine-readable code: {@code unsupported_problem}, {@code unreadable_step}, {@code too_large}, ... */
  public String code() {
    return code;
  }
}
