package org.stepwise.teacher.quiz;

import java.util.List;

/**
 * What a teacher asks for: which skills, how many items and how hard. {@code quizId} is stable for one quiz, so
 * reprinting gives every student the same variant again.
 */
public record QuizSpec(String quizId, String title, List<String> skillIds, int count, Difficulty difficulty) {

  public static final int MAX_ITEMS = 40;
  public static final int MAX_SKILLS = 20;
  public static final int MAX_TITLE = 120;

  public QuizSpec {
    if (quizId == null || quizId.isBlank()) {
      throw new IllegalArgumentException("quiz id: required");
    }
    if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("title: required, at most " + MAX_TITLE + " characters");
    }
    if (skillIds == null || skillIds.isEmpty() || skillIds.size() > MAX_SKILLS) {
      throw new IllegalArgumentException("skills: choose between 1 and " + MAX_SKILLS + " skills");
    }
    if (count < 1 || count > MAX_ITEMS) {
      throw new IllegalArgumentException("count: between 1 and " + MAX_ITEMS + " items, got " + count);
    }
    if (difficulty == null) {
      throw new IllegalArgumentException("difficulty: required");
    }
    skillIds = List.copyOf(skillIds);
  }
}
