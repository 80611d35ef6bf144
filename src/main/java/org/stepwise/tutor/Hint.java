package org.stepwise.tutor;

/**
 * One rung of the hint ladder: {@code text} may carry numbers worked out for this item (a sub-step, a sibling
 * example); {@code safeText} is the authored version without them, used when a guardrail rejects {@code text}.
 */
public record Hint(int rung, String text, String safeText) {}
