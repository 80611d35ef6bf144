package org.stepwise.web.pages;

import java.util.List;

/**
 * One class: assignments, and a students × assigned skills mastery grid (percent, -1 when not practised). {@code
 * skillTitles} are the column headings, in the order of {@code skillIds}.
 */
public record ClassPage(Chrome chrome, ClassSummary summary, List<AssignmentView> assignments,
    List<String> skillIds, List<String> skillTitles, List<GridRow> grid) {

  /** One student's row of the mastery grid. */
  public record GridRow(long studentId, String displayName, List<Integer> percents) {}
}
