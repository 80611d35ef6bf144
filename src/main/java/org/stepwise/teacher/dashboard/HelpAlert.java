package org.stepwise.teacher.dashboard;

import java.time.Instant;
import java.util.List;

/** A student who needs the teacher now, with every reason found and when they were last active. */
public record HelpAlert(String studentId, List<Reason> reasons, Instant lastActivity) {

  public HelpAlert {
    reasons = List.copyOf(reasons);
  }

  public sealed interface Reason {}

  /** The last {@code wrongInARow} answers on a skill were all wrong. */
  public record RepeatedErrors(String skillId, int wrongInARow) implements Reason {}

  /** Used every hint on {@code items} items of a skill and has not answered one of its items right since. */
  public record HintsExhausted(String skillId, int items) implements Reason {}

  /** The tutor flagged an exchange. */
  public record FlaggedExchange(String reason, Instant at) implements Reason {}

  boolean flagged() {
    return reasons.stream().anyMatch(r -> r instanceof FlaggedExchange);
  }
}
