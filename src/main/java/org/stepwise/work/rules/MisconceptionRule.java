package org.stepwise.work.rules;

import java.util.List;

/**
 * A detection rule: applies one faulty transformation to the last valid line. The checker then asks the math
 * engine whether any result says the same as the student's line. Rules never look at the student's line, so a
 * match means the faulty step explains it, not that some keyword appeared.
 */
public interface MisconceptionRule {

  /** The id the misconception library refers to in {@code rule:}. */
  String id();

  /** Every line the faulty transformation can produce from {@code in.previous()}; empty when it does not apply. */
  List<Faulty> apply(RuleInput in);
}
