package org.stepwise.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The three OneRoster 1.2 CSV files a school's information system exports for one class (users, classes,
 * enrollments), written to a folder so that a browser can upload them through the roster page's file inputs. The
 * class's teacher is in the files too, as exports have them: the import leaves teachers out.
 */
record RosterCsv(Path users, Path classes, Path enrollments) {
  /** One student row: the export's id, the username and the name. */
  record Student(String sourcedId, String username, String givenName, String familyName) {
    String displayName() {
      return givenName + " " + familyName;
    }
  }

  private static final String STAMP = "2026-09-01T08:00:00.000Z";

  static RosterCsv write(Path dir, String classTitle, List<Student> students) {
    StringBuilder users = new StringBuilder(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,username,givenName,familyName,password\n");
    StringBuilder enrol = new StringBuilder(
        "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary\n");
    int n = 0;
    for (Student s : students) {
      users.append(String.join(",", s.sourcedId(), "active", STAMP, "true", "school-1", s.username(), s.givenName(),
          s.familyName(), "")).append('\n');
      enrol.append(String.join(",", "enr-" + ++n, "active", STAMP, "class-1", "school-1", s.sourcedId(), "student",
          "false")).append('\n');
    }
    users.append(String.join(",", "teacher-1", "active", STAMP, "true", "school-1", "t.rivera", "Tess", "Rivera", ""))
        .append('\n');
    enrol.append(String.join(",", "enr-t", "active", STAMP, "class-1", "school-1", "teacher-1", "teacher", "true"))
        .append('\n');
    String classes = "sourcedId,status,dateLastModified,title,classType,schoolSourcedId\n"
        + String.join(",", "class-1", "active", STAMP, classTitle, "scheduled", "school-1") + "\n";
    try {
      Files.createDirectories(dir);
      RosterCsv out = new RosterCsv(dir.resolve("users.csv"), dir.resolve("classes.csv"),
          dir.resolve("enrollments.csv"));
      Files.writeString(out.users(), users, StandardCharsets.UTF_8);
      Files.writeString(out.classes(), classes, StandardCharsets.UTF_8);
      Files.writeString(out.enrollments(), enrol, StandardCharsets.UTF_8);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
