package org.stepwise.web.pages;

import java.util.List;

/** A class in a list: link, code, students. */
public record ClassSummary(long id, String name, String classCode, String teacherName, List<StudentSummary> students) {}
