package org.stepwise.web.pages;

import java.util.List;

/**
 * The practice item page: the problem (with its pieces for KaTeX and its spoken form for read-aloud), the answer form, the hints taken so far
 * (the last rung is a worked sibling example, never this item's answer), the verdict of the last answer, if any, and
 * the conversation with the tutor about this item.
 *
 * @param tutorFocus the page answers a message to the tutor: the message box takes the focus again
 */
public record PracticePage(Chrome chrome, String skillId, String skillTitle, String templateId, long seed,
    String statement, List<MathPiece> statementPieces, String spokenStatement, List<String> hints, WorkedExample worked, int hintsUsed,
    boolean moreHelp, String verdict, String feedback, String answer, int masteryPercent,
    List<TutorLine> conversation, boolean tutorFocus) {

  /** A fully worked sibling problem. */
  public record WorkedExample(String statement, List<String> steps, String answer) {}

  /** A piece of the statement as drawn: words ({@code latex} null) or maths rendered from {@code latex}. */
  public record MathPiece(String text, String latex) {}

  /** One exchange with the tutor: what the student wrote and what the tutor answered. */
  public record TutorLine(String message, String reply) {}

  public boolean solved() {
    return "correct".equals(verdict);
  }
}
