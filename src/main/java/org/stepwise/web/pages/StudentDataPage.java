package org.stepwise.web.pages;

import java.util.List;

/**
 * What Stepwise stores about one student, with the export for a family's request and the way to deletion: school
 * admins get the link to the deletion page, teachers the note to ask their school admin (deletion is irreversible).
 */
public record StudentDataPage(Chrome chrome, long studentId, String displayName, String username,
    List<TableRows> tables, boolean admin) {

  /** One table's rows about the student, with a plain description of what they are. */
  public record TableRows(String table, String description, long rows) {}
}
