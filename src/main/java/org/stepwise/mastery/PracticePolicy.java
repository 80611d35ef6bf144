package org.stepwise.mastery;

/** A per-student practice session: says what to practise next and learns from each answer. */
public interface PracticePolicy {
  Decision next();

  void record(Observation observation);

  /** Whether the session currently declares the skill mastered. */
  boolean isMastered(String skillId);
}
