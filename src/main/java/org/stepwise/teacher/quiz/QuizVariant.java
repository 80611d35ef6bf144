package org.stepwise.teacher.quiz;

import java.util.List;

/**
 * One student's version of a quiz. {@code code} is printed on the paper so a marker can find the matching
 * answer key without a name on it; {@code studentLabel} is what is printed on the name line (may be empty for a
 * blank line).
 */
public record QuizVariant(String quizId, String title, String code, String studentLabel, List<QuizItem> items) {

  public QuizVariant {
    items = List.copyOf(items);
    studentLabel = studentLabel == null ? "" : studentLabel;
  }
}
