package org.stepwise.web.pages;

/** A student in a roster: name, username, attempts in the last 7 days, share right, mean mastery. */
public record StudentSummary(long id, String displayName, String username, int attemptsTotal, int percentCorrect,
    int meanMasteryPercent) {}
