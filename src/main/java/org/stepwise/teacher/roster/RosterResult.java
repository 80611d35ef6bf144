package org.stepwise.teacher.roster;

import java.util.List;

/** Either a plan to apply, or the complete list of problems and nothing to apply. */
public sealed interface RosterResult {

  record Valid(RosterPlan plan) implements RosterResult {}

  /** @param truncated true when more errors existed than the limit lets us list */
  record Rejected(List<RosterError> errors, boolean truncated) implements RosterResult {
    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
