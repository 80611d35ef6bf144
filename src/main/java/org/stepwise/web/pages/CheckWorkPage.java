package org.stepwise.web.pages;

/** "Check my work": the problem and lines the student typed, and what the work checker said. */
public record CheckWorkPage(Chrome chrome, String problem, String lines, String feedback, Integer firstErrorLine,
    boolean finalCorrect, String error) {}
