package org.stepwise.web.pages;

import java.util.List;

/**
 * The student's home page: assignments with mastery bars, recent attempts, and the skill the mastery policy suggests
 * next ({@code nextSkillId} null when every assigned skill is mastered).
 */
public record StudentHomePage(Chrome chrome, List<AssignmentView> assignments, List<AttemptRow> recent,
    String nextSkillId, String nextSkillTitle) {}
