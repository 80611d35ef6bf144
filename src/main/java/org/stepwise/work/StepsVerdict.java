package org.stepwise.work;

/**
 * The verdict on a worked solution.
 *
 * @param firstErrorStep 0-based index of the first line that does not follow from the problem and the lines
 *     before it, or {@code null} when every line follows
 * @param misconception label of the misconception that explains that line, or {@code null}
 * @param finalCorrect the last line is the task's answer, in the required form
 * @param feedback one short message for the student; never contains the answer
 */
public record StepsVerdict(Integer firstErrorStep, String misconception, boolean finalCorrect, String feedback) {}
