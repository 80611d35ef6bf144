package org.stepwise.tutor;

import java.util.List;
import java.util.Objects;

/**
 * One student message about one item. {@code studentKey} is an opaque key for the per-student daily model budget
 * (never a name); null when unknown.
 */
public record TutorRequest(String problem, String message, List<Turn> history, String studentKey) {

  public TutorRequest {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(message, "message");
    history = history == null ? List.of() : List.copyOf(history);
  }

  public static TutorRequest of(String problem, String message, Turn... history) {
    return new TutorRequest(problem, message, List.of(history), null);
  }
}
