package org.stepwise.teacher.quiz;

/** How hard a quiz is: the template difficulty (1–3) its items are drawn from, or a mix of all three. */
public enum Difficulty {
  EASY(1),
  MEDIUM(2),
  HARD(3),
  MIXED(0);

  private final int level;

  Difficulty(int level) {
    this.level = level;
  }

  /** Whether a template of difficulty {@code templateLevel} belongs in a quiz of this difficulty. */
  public boolean admits(int templateLevel) {
    return level == 0 || templateLevel == level;
  }
}
