package org.stepwise.mastery;

/** What a practice policy says to do next. */
public sealed interface Decision {
  /** Give an item of this skill at this difficulty. */
  record Practice(String skillId, int difficulty, Reason reason) implements Decision {}

  /** End the session. */
  record Stop(StopReason reason) implements Decision {}

  enum Reason {
    /** An assigned skill not yet mastered. */
    LEARN,
    /** A prerequisite, after repeated errors or a diagnosed misconception; the policy comes back after. */
    REMEDIATE,
    /** A mastered skill whose spaced review is due. */
    REVIEW
  }

  enum StopReason {
    ALL_MASTERED,
    /** The session's item budget is spent. */
    ITEM_LIMIT,
    /** Every remaining skill hit its per-skill item limit or depends on one that did: a teacher should look. */
    STUCK
  }
}
