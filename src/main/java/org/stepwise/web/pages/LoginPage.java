package org.stepwise.web.pages;

/** The teacher/admin or the student login form, with an error to show (null when none) and values to keep. */
public record LoginPage(Chrome chrome, boolean student, String error, String email, String classCode,
    String username) {}
