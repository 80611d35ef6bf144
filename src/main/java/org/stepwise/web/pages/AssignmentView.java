package org.stepwise.web.pages;

import java.util.List;

/**
 * An assignment as a student or teacher sees it. {@code due} is a display string ("" when none); {@code progress} is
 * the teacher's summary of the class ("" on a student's page).
 */
public record AssignmentView(long id, String title, String due, int targetPercent, String className,
    List<SkillBar> skills, String progress) {}
