package org.stepwise.web.pages;

import java.util.List;

/**
 * Printable login cards of a class: school, class code, username, and the password only on the response that just
 * created or reset it ({@code fresh}); otherwise the card says to ask the teacher, because no plain password is kept.
 */
public record LoginCardsPage(Chrome chrome, long classId, String className, String schoolName, String classCode,
    boolean archived, boolean fresh, List<Card> cards) {

  /** One student's card; {@code password} is null when it is not shown. */
  public record Card(String displayName, String username, String password) {}
}
