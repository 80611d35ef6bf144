package org.stepwise.web.pages;

/** One skill's mastery bar: percent 0..100, target percent, attempts so far. */
public record SkillBar(String skillId, String title, int percent, int targetPercent, int attempts) {

  public boolean reached() {
    return percent >= targetPercent;
  }
}
