package org.stepwise.teacher.dashboard;

import java.util.List;

/** Students who share a misconception, with what to teach them together. */
public record SuggestedGroup(
    String misconception, String name, List<String> studentIds, int occurrences, String miniLesson) {

  public SuggestedGroup {
    studentIds = List.copyOf(studentIds);
  }
}
