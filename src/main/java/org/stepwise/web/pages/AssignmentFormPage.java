package org.stepwise.web.pages;

import java.util.List;

/**
 * The new/edit assignment form. It works without JavaScript: the search button sends the whole form back with GET
 * (title, due date, target, the ticked skills and the query), and the page comes back with the matches as checkboxes
 * beside the skills already chosen. {@code assignmentId} is 0 for a new assignment.
 */
public record AssignmentFormPage(Chrome chrome, long classId, String className, long assignmentId, String title,
    String due, String target, String query, boolean searched, List<SkillChoice> chosen, List<SkillChoice> results,
    List<String> errors, String earliestDue, String latestDue, int maxTitle, int maxQuery, int maxSkills) {

  /** A skill to tick: its id, name, grade and the Common Core standards it covers (joined for display). */
  public record SkillChoice(String id, String name, int grade, String standards) {}

  public boolean editing() {
    return assignmentId > 0;
  }

  /** Where the form saves to. */
  public String action() {
    return "/teacher/classes/" + classId + "/assignments" + (editing() ? "/" + assignmentId : "");
  }

  /** This page's own address, where the search button sends the form back. */
  public String self() {
    return editing() ? "/teacher/classes/" + classId + "/assignments/" + assignmentId + "/edit"
        : "/teacher/classes/" + classId + "/assignments/new";
  }
}
