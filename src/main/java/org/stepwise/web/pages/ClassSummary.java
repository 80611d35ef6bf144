package org.stepwise.web.pages;

import java.util.List;

/** A class in a list: link, code, students, and whether it is archived (its code no longer signs anyone in). */
public record ClassSummary(long id, String name, String classCode, String teacherName, List<StudentSummary> students,
    boolean archived) {}
