package org.stepwise.teacher.quiz;

/**
 * One numbered item of a student's variant with its answer as the math engine computed it from the statement.
 *
 * @param answer      the expected answer in the notation students type ({@code x = 3}, {@code 2(x + 1)})
 * @param kind        the check kind for grading ({@code numeric}, {@code equation}, ...)
 * @param requirement the required form's wire name ({@code factored}), or null when any equivalent form counts
 */
public record QuizItem(
    int number, String skillId, String templateId, long seed, String statement, String answer, String kind,
    String requirement) {}
