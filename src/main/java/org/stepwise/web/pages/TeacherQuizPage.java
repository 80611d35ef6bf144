package org.stepwise.web.pages;

import java.util.List;

/** The quiz form, refilled with what the teacher chose when it comes back with an error. */
public record TeacherQuizPage(Chrome chrome, long classId, String className, String title, int count,
    String difficulty, List<SkillChoice> skills, String error) {

  public record SkillChoice(String id, String title, boolean chosen) {}
}
