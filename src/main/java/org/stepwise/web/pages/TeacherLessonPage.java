package org.stepwise.web.pages;

import java.util.List;
import org.stepwise.teacher.lesson.LessonPlan;

/**
 * A lesson plan and exit ticket for one skill, built from the class's data; {@code plan} is null until a skill is
 * chosen. {@code masteryWords} says how the class stands on the skill.
 */
public record TeacherLessonPage(Chrome chrome, long classId, String className, List<TeacherQuizPage.SkillChoice> skills,
    LessonPlan plan, String masteryWords, String error) {}
