package org.stepwise.work;

/** Limits on one worked solution; checking time grows with lines times rules, so both are bounded. */
public final class WorkLimits {
  /** More lines than any school solution needs; keeps a batch line bounded in time. */
  public static final int MAX_STEPS = 40;
  /** Characters per line of work. */
  public static final int MAX_STEP_CHARS = 200;
  /** Characters of the problem statement. */
  public static final int MAX_PROBLEM_CHARS = 500;

  private WorkLimits() {}
}
