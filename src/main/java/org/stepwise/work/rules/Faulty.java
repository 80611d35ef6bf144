package org.stepwise.work.rules;

import org.stepwise.math.ast.Statement;

/**
 * What a faulty transformation produced from the previous line, and the exact part it acted on.
 *
 * @param line the line a student with this misconception would write
 * @param part the part of the previous line to quote in the question; {@code null} to quote the student's line
 */
public record Faulty(Statement line, String part) {}
