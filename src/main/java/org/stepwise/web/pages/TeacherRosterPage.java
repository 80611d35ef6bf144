package org.stepwise.web.pages;

import java.util.List;

/**
 * The OneRoster import: the upload form, then either the complete list of problems (nothing imported) or what was
 * created, with each new student's first password shown this once for the login cards.
 */
public record TeacherRosterPage(Chrome chrome, int maxFileKib, int maxStudents, List<String> errors,
    boolean truncated, List<ImportedClass> classes, int skippedRows) {

  public record ImportedClass(long id, String name, String code, List<Login> students) {}

  public record Login(String name, String username, String password) {}

  public boolean imported() {
    return !classes.isEmpty();
  }
}
