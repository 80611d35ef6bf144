package org.stepwise.teacher.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stepwise.teacher.roster.OneRosterCsv.Errors;
import org.stepwise.teacher.roster.OneRosterCsv.Row;
import org.stepwise.teacher.roster.RosterPlan.Role;

/**
 * Validates a OneRoster 1.2 CSV roster (users.csv, classes.csv, enrollments.csv) completely before anything is
 * imported. Every row of every file is checked (required values, vocabularies, dates, unique ids) and then the
 * references between files (an enrolment's class and user must exist); any problem rejects the whole roster with
 * the full list, located by file, line and column. Only a fully valid roster yields a {@link RosterPlan}.
 *
 * <p>Column names are those of the OneRoster 1.2 CSV binding. In 1.2 a user's role lives in roles.csv and in each
 * enrolment; Stepwise takes it from the enrolment (student or teacher), so roles.csv is not needed.
 */
public final class OneRosterImport {

  public static final String USERS = "users.csv";
  public static final String CLASSES = "classes.csv";
  public static final String ENROLLMENTS = "enrollments.csv";

  static final List<String> USER_COLUMNS =
      List.of("sourcedId", "status", "dateLastModified", "enabledUser", "username", "givenName", "familyName");
  static final List<String> CLASS_COLUMNS =
      List.of("sourcedId", "status", "dateLastModified", "title", "classType", "schoolSourcedId");
  static final List<String> ENROLLMENT_COLUMNS = List.of("sourcedId", "status", "dateLastModified",
      "classSourcedId", "schoolSourcedId", "userSourcedId", "role");

  private static final Set<String> STATUSES = Set.of("", "active", "tobedeleted");
  private static final Set<String> ROLES_SKIPPED = Set.of("administrator", "proctor");

  private final RosterLimits limits;

  public OneRosterImport(RosterLimits limits) {
    this.limits = limits;
  }

  /** Reads the three files from a folder (an unpacked OneRoster zip), checking their sizes before reading. */
  public RosterResult parseDirectory(Path dir) {
    Map<String, byte[]> files = new HashMap<>();
    List<RosterError> early = new ArrayList<>();
    for (String name : List.of(USERS, CLASSES, ENROLLMENTS)) {
      Path p = dir.resolve(name);
      try {
        if (!Files.isRegularFile(p)) {
          early.add(new RosterError(name, 0, "", "file is missing"));
        } else if (Files.size(p) > limits.maxFileBytes()) {
          early.add(new RosterError(name, 0, "", "file is " + Files.size(p) + " bytes; the limit is "
              + limits.maxFileBytes()));
        } else {
          files.put(name, Files.readAllBytes(p));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + name, e);
      }
    }
    if (!early.isEmpty()) {
      return new RosterResult.Rejected(early, false);
    }
    return parse(files.get(USERS), files.get(CLASSES), files.get(ENROLLMENTS));
  }

  public RosterResult parse(byte[] users, byte[] classes, byte[] enrollments) {
    Errors errors = new Errors(limits.maxErrors());
    int[] skipped = {0};
    // ids of every row, valid or not: a bad user row is reported once, not again by each of its enrolments
    Set<String> userIds = new HashSet<>();
    Set<String> classIds = new HashSet<>();
    List<Row> userRows = read(USERS, users, USER_COLUMNS, errors);
    List<Row> classRows = read(CLASSES, classes, CLASS_COLUMNS, errors);
    List<Row> enrollmentRows = read(ENROLLMENTS, enrollments, ENROLLMENT_COLUMNS, errors);
    List<RosterPlan.RosterUser> userList = users(userRows == null ? List.of() : userRows, userIds, errors, skipped);
    List<RosterPlan.RosterClass> classList =
        classes(classRows == null ? List.of() : classRows, classIds, errors, skipped);
    List<RosterPlan.RosterEnrollment> enrollmentList = enrollments(
        enrollmentRows == null ? List.of() : enrollmentRows, userRows == null ? null : userIds,
        classRows == null ? null : classIds, errors, skipped);
    if (!errors.isEmpty()) {
      List<String> order = List.of(USERS, CLASSES, ENROLLMENTS);
      List<RosterError> sorted = new ArrayList<>(errors.list());
      sorted.sort(java.util.Comparator.comparingInt((RosterError e) -> order.indexOf(e.file()))
          .thenComparingLong(RosterError::line));
      return new RosterResult.Rejected(sorted, errors.truncated());
    }
    return new RosterResult.Valid(new RosterPlan(classList, userList, enrollmentList, skipped[0]));
  }

  /** The rows, or null when the file as a whole could not be read (references into it are then not checked). */
  private List<Row> read(String file, byte[] bytes, List<String> columns, Errors errors) {
    if (bytes == null) {
      errors.add(new RosterError(file, 0, "", "file is missing"));
      return null;
    }
    return OneRosterCsv.read(file, bytes, columns, limits, errors);
  }

  private List<RosterPlan.RosterUser> users(List<Row> rows, Set<String> ids, Errors errors, int[] skipped) {
    List<RosterPlan.RosterUser> out = new ArrayList<>();
    for (Row r : rows) {
      Check c = new Check(USERS, r, errors);
      String id = c.id(ids);
      boolean deleted = c.status();
      c.dateTime("dateLastModified");
      String enabled = r.get("enabledUser").toLowerCase(Locale.ROOT);
      if (!enabled.equals("true") && !enabled.equals("false")) {
        c.fail("enabledUser", "must be true or false, found '" + r.get("enabledUser") + "'");
      }
      String given = c.required("givenName");
      String family = c.required("familyName");
      if (c.ok && deleted) {
        skipped[0]++;
      } else if (c.ok) {
        out.add(new RosterPlan.RosterUser(id, given, family, blankToNull(r.get("username")),
            blankToNull(r.get("identifier")), enabled.equals("true")));
      }
    }
    return out;
  }

  private List<RosterPlan.RosterClass> classes(List<Row> rows, Set<String> ids, Errors errors, int[] skipped) {
    List<RosterPlan.RosterClass> out = new ArrayList<>();
    for (Row r : rows) {
      Check c = new Check(CLASSES, r, errors);
      String id = c.id(ids);
      boolean deleted = c.status();
      c.dateTime("dateLastModified");
      String title = c.required("title");
      String type = r.get("classType");
      if (!type.equals("homeroom") && !type.equals("scheduled") && !type.startsWith("ext:")) {
        c.fail("classType", "must be homeroom or scheduled, found '" + type + "'");
      }
      String school = c.required("schoolSourcedId");
      if (c.ok && deleted) {
        skipped[0]++;
      } else if (c.ok) {
        out.add(new RosterPlan.RosterClass(id, title, blankToNull(r.get("classCode")), school));
      }
    }
    return out;
  }

  private List<RosterPlan.RosterEnrollment> enrollments(
      List<Row> rows, Set<String> users, Set<String> classes, Errors errors, int[] skipped) {
    List<RosterPlan.RosterEnrollment> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (Row r : rows) {
      Check c = new Check(ENROLLMENTS, r, errors);
      String id = c.id(ids);
      boolean deleted = c.status();
      c.dateTime("dateLastModified");
      c.date("beginDate");
      c.date("endDate");
      String cls = c.required("classSourcedId");
      String user = c.required("userSourcedId");
      c.required("schoolSourcedId");
      String role = r.get("role");
      Role parsed = switch (role) {
        case "student" -> Role.STUDENT;
        case "teacher" -> Role.TEACHER;
        default -> {
          if (!ROLES_SKIPPED.contains(role)) {
            c.fail("role", "must be student, teacher, administrator or proctor, found '" + role + "'");
          }
          yield null;
        }
      };
      String primary = r.get("primary").toLowerCase(Locale.ROOT);
      if (!primary.isEmpty() && !primary.equals("true") && !primary.equals("false")) {
        c.fail("primary", "must be true, false or empty, found '" + r.get("primary") + "'");
      }
      if (deleted) {
        if (c.ok) {
          skipped[0]++;
        }
        continue;
      }
      if (classes != null && !cls.isEmpty() && !classes.contains(cls)) {
        c.fail("classSourcedId", "no class '" + cls + "' in " + CLASSES);
      }
      if (users != null && !user.isEmpty() && !users.contains(user)) {
        c.fail("userSourcedId", "no user '" + user + "' in " + USERS);
      }
      if (c.ok && !pairs.add(cls + "\u0000" + user + "\u0000" + role)) {
        c.fail("userSourcedId", "user '" + user + "' is enrolled in class '" + cls + "' as " + role + " twice");
      }
      if (c.ok && parsed == null) {
        skipped[0]++;
      } else if (c.ok) {
        out.add(new RosterPlan.RosterEnrollment(id, cls, user, parsed, primary.equals("true")));
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }

  /** The checks of one row; {@code ok} stays true while no check failed. */
  private static final class Check {
    final String file;
    final Row row;
    final Errors errors;
    boolean ok = true;

    Check(String file, Row row, Errors errors) {
      this.file = file;
      this.row = row;
      this.errors = errors;
    }

    void fail(String field, String problem) {
      ok = false;
      errors.add(new RosterError(file, row.line(), field, problem));
    }

    String required(String field) {
      String v = row.get(field);
      if (v.isEmpty()) {
        fail(field, "required, but empty");
      }
      return v;
    }

    String id(Set<String> seen) {
      String id = required("sourcedId");
      if (!id.isEmpty() && !seen.add(id)) {
        fail("sourcedId", "'" + id + "' appears more than once");
      }
      return id;
    }

    /** @return whether the row is marked tobedeleted */
    boolean status() {
      String s = row.get("status");
      if (!STATUSES.contains(s)) {
        fail("status", "must be active, tobedeleted or empty, found '" + s + "'");
      }
      return s.equals("tobedeleted");
    }

    void dateTime(String field) {
      String v = row.get(field);
      if (!v.isEmpty()) {
        try {
          Instant.parse(v);
        } catch (DateTimeParseException e) {
          fail(field, "not a date-time like 2026-01-31T08:00:00Z: '" + v + "'");
        }
      }
    }

    void date(String field) {
      String v = row.get(field);
      if (!v.isEmpty()) {
        try {
          LocalDate.parse(v);
        } catch (DateTimeParseException e) {
          fail(field, "not a date like 2026-01-31: '" + v + "'");
        }
      }
    }
  }
}
