package org.stepwise.math.check;

/**
 * The engine's verdict. {@code accept} is {@code equivalent} and, when a form is required, the form holds.
 * {@code feedback} is written for the student and never contains the expected answer.
 */
public record CheckResult(boolean equivalent, boolean accept, String feedback) {}
