package org.stepwise.tutor;

import java.util.Objects;

/** One earlier message of the dialogue. */
public record Turn(Role role, String text) {

  public enum Role { STUDENT, TUTOR }

  public Turn {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(text, "text");
  }

  public static Turn student(String text) {
    return new Turn(Role.STUDENT, text);
  }

  public static Turn tutor(String text) {
    return new Turn(Role.TUTOR, text);
  }
}
