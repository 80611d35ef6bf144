package org.stepwise.tutor;

/** A request the tutor cannot take (over a limit, malformed history); carries a stable code. */
public final class TutorInputException extends RuntimeException {
  private final String code;

  public TutorInputException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
