package org.stepwise.web.pages;

import java.util.List;

/**
 * A teacher's drill-down into one student: current mastery and mastery over time per skill, attempts (with the hint
 * rungs taken and the misconception a wrong answer shows), written work checked line by line, and the student's
 * conversations with the tutor (flagged exchanges first, then grouped by problem). Filtered by skill and dates.
 */
public record StudentPage(Chrome chrome, long studentId, String displayName, String username,
    List<SkillBar> mastery, Filter filter, List<MasteryChart> charts, List<AttemptLine> attempts, Paging paging,
    List<WorkCheck> work, boolean workLimited, List<TutorRow> flagged, List<TutorGroup> tutor) {

  /** The filter form as submitted (empty strings when not set) and the skills to choose from. */
  public record Filter(String skill, String from, String to, int size, List<Option> skills) {
    public boolean active() {
      return !skill.isEmpty() || !from.isEmpty() || !to.isEmpty();
    }
  }

  /** One choice of the skill filter. */
  public record Option(String id, String title, boolean selected) {}

  /** Which attempts are shown ({@code first}..{@code last} of {@code total}, from 1) and links to the neighbours. */
  public record Paging(long first, long last, long total, String newerHref, String olderHref) {}

  /** A piece of a problem or a line: words ({@code latex} null) or maths drawn with KaTeX from {@code latex}. */
  public record MathPiece(String text, String latex) {}

  /**
   * One attempt. {@code hintRungs} lists the rungs opened on this item ("1, 2, 3 (worked example)"), empty when none;
   * {@code misconception} names the typical wrong answer the student gave, or is null.
   */
  public record AttemptLine(String when, String skill, String statement, List<MathPiece> statementPieces,
      String answer, String verdict, String feedback, int hintsUsed, String hintRungs, String misconception) {}

  /** One "check my work": the lines with their marks, the misconception named, and the feedback shown. */
  public record WorkCheck(String when, String problem, List<MathPiece> problemPieces, List<WorkLine> lines,
      Integer firstWrongLine, String misconception, String misconceptionDescription, String feedback) {}

  /**
   * One line of written work: {@code mark} is {@code ok} (follows from the lines before), {@code wrong} (the first
   * line that does not follow) or {@code unchecked} (after the first wrong line, which the checker does not judge).
   */
  public record WorkLine(int number, String text, List<MathPiece> pieces, String mark) {}

  /**
   * One skill's mastery over time as an inline SVG line chart ({@code points} is the polyline, in a 0..width ×
   * 0..height box, 100% at the top) with its text summary and the data as a table.
   */
  public record MasteryChart(String skillId, String title, String summary, int width, int height, String points,
      List<ChartDot> dots, int targetY, List<ChartRow> rows) {}

  /** A point of the chart. */
  public record ChartDot(String x, String y, String label) {}

  /** One estimate in the chart's data table. */
  public record ChartRow(String when, int percent) {}

  /** One exchange with the tutor as the teacher reads it. */
  public record TutorRow(String when, String skill, String message, String reply, String intent, boolean flagged) {}

  /** The exchanges about one problem, in the order they were said. {@code statement} is null if never answered. */
  public record TutorGroup(String skill, String statement, List<TutorRow> rows, boolean flagged) {}

  public long flaggedCount() {
    return flagged.size();
  }
}
