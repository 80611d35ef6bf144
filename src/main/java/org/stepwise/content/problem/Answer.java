package org.stepwise.content.problem;

import org.stepwise.math.check.Kind;
import org.stepwise.math.check.Requirement;

/**
 * The engine's answer to a task, ready to be compared with a student's answer by {@code check}: what kind of
 * comparison, the expected answer as text the parser reads, and the form the directions ask for.
 */
public record Answer(Kind kind, String expected, Requirement requirement) {}
