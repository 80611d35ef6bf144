package org.stepwise.web.pages;

import java.util.List;

/**
 * The practice item page: the problem, the answer form, the hints taken so far (the last rung is a worked sibling
 * example, never this item's answer), and the verdict of the last answer, if any.
 */
public record PracticePage(Chrome chrome, String skillId, String skillTitle, String templateId, long seed,
    String statement, List<String> hints, WorkedExample worked, int hintsUsed, boolean moreHelp,
    String verdict, String feedback, String answer, int masteryPercent) {

  /** A fully worked sibling problem. */
  public record WorkedExample(String statement, List<String> steps, String answer) {}

  public boolean solved() {
    return "correct".equals(verdict);
  }
}
