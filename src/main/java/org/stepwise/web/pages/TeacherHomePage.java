package org.stepwise.web.pages;

import java.util.List;

/** The teacher's home: their classes with students; the school admin sees every class of the school. */
public record TeacherHomePage(Chrome chrome, String schoolName, List<ClassSummary> classes, boolean admin) {}
