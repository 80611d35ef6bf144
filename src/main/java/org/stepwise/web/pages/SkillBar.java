package org.stepwise.web.pages;

/** One skill's mastery bar: percent 0..100, target percent, attempts so far. */
/** {@code practice}: show a link to practise the skill (the student's own page). */
public record SkillBar(String skillId, String title, int percent, int targetPercent, int attempts,
    boolean practice) {

  public boolean reached() {
    return percent >= targetPercent;
  }
}
