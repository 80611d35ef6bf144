package org.stepwise.work;

/** The misconception that explains a wrong line, and the exact part of the previous line it acted on. */
public record Diagnosis(Misconception misconception, String part) {}
