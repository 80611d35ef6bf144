package org.stepwise.web.pages;

import java.util.List;

/** An assignment as a student or teacher sees it. {@code due} is a display string ("" when none). */
public record AssignmentView(String title, String due, String className, List<SkillBar> skills) {}
