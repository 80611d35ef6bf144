package org.stepwise.web.pages;

/** One attempt in a list. */
public record AttemptRow(String when, String skillId, String statement, String answer, String verdict,
    int hintsUsed) {}
