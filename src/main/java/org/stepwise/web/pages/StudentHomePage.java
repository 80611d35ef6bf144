package org.stepwise.web.pages;

import java.util.List;

/** The student's home page: assignments with mastery bars, and recent attempts. */
public record StudentHomePage(Chrome chrome, List<AssignmentView> assignments, List<AttemptRow> recent) {}
