package org.stepwise.web.pages;

import java.util.List;

/** A parent progress note drafted from a student's data, for the teacher to read, edit and send. */
public record TeacherNotePage(Chrome chrome, long classId, String className, String studentName,
    List<String> paragraphs) {}
