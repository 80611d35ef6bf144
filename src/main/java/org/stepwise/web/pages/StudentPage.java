package org.stepwise.web.pages;

import java.util.List;

/**
 * A teacher's view of one student: mastery per skill, recent attempts, and the student's conversations with the
 * tutor (flagged exchanges first).
 */
public record StudentPage(Chrome chrome, String displayName, String username, List<SkillBar> mastery,
    List<AttemptRow> recent, List<TutorRow> tutor) {

  /** One exchange with the tutor as the teacher reads it. */
  public record TutorRow(String when, String skill, String message, String reply, String intent, boolean flagged) {}

  public long flaggedCount() {
    return tutor.stream().filter(TutorRow::flagged).count();
  }
}
