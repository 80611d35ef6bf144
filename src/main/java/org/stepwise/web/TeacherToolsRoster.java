package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.store.Database;
import org.stepwise.store.TeacherRosterWriter;
import org.stepwise.teacher.roster.OneRosterImport;
import org.stepwise.teacher.roster.RosterLimits;
import org.stepwise.teacher.roster.RosterPlan;
import org.stepwise.teacher.roster.RosterResult;
import org.stepwise.web.pages.TeacherRosterPage;

/**
 * OneRoster 1.2 CSV import for a teacher: upload users.csv, classes.csv and enrollments.csv; the teacher library
 * validates every row and makes a plan only when all are valid; the plan is applied in one transaction. The classes
 * become the importing teacher's; student enrolments create student accounts with a generated first password;
 * teacher enrolments create nothing (counted as skipped). Passwords in users.csv are never read.
 */
final class TeacherToolsRoster {
  /** Per file; well under the library's 8 MiB because a teacher imports their own classes, not a district. */
  static final int MAX_FILE_BYTES = 256 * 1024;
  /** Students per import: each gets a bcrypt hash (about 0.1 s of CPU), so this bounds a request to seconds. */
  static final int MAX_STUDENTS = 200;
  static final int MAX_CLASSES = 20;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  /** Unambiguous letters and digits (no 0/O, 1/l/I) for codes and first passwords read off a printed card. */
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private final TeacherRosterWriter writer;
  private final Pages pages;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final OneRosterImport importer = new OneRosterImport(new RosterLimits(MAX_FILE_BYTES, 20_000, 256, 500));

  TeacherToolsRoster(Database db, Pages pages, Clock clock) {
    this.writer = new TeacherRosterWriter(db.jdbi());
    this.pages = pages;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/teacher/roster", ctx -> render(ctx, List.of(), false, List.of(), 0));
    routes.post("/teacher/roster", this::upload);
  }

  private void upload(Context ctx) {
    Account me = teacher(ctx);
    List<String> problems = new ArrayList<>();
    byte[] users = file(ctx, OneRosterImport.USERS, "users", problems);
    byte[] classes = file(ctx, OneRosterImport.CLASSES, "classes", problems);
    byte[] enrollments = file(ctx, OneRosterImport.ENROLLMENTS, "enrollments", problems);
    if (!problems.isEmpty()) {
      refuse(ctx, problems, false);
      return;
    }
    switch (importer.parse(users, classes, enrollments)) {
      case RosterResult.Rejected r -> refuse(ctx, r.errors().stream().map(Object::toString).toList(), r.truncated());
      case RosterResult.Valid v -> apply(ctx, me, v.plan());
    }
  }

  private void apply(Context ctx, Account me, RosterPlan plan) {
    List<String> problems = new ArrayList<>();
    Map<String, RosterPlan.RosterUser> users = new LinkedHashMap<>();
    plan.users().forEach(u -> users.put(u.sourcedId(), u));
    Map<String, RosterPlan.RosterUser> students = new LinkedHashMap<>();
    for (RosterPlan.RosterEnrollment e : plan.enrollments()) {
      if (e.role() == RosterPlan.Role.STUDENT) {
        students.putIfAbsent(e.userSourcedId(), users.get(e.userSourcedId()));
      }
    }
    if (plan.classes().size() > MAX_CLASSES) {
      problems.add(OneRosterImport.CLASSES + ": " + plan.classes().size() + " classes; import at most " + MAX_CLASSES
          + " at once");
    }
    if (students.size() > MAX_STUDENTS) {
      problems.add(OneRosterImport.ENROLLMENTS + ": " + students.size() + " students; import at most " + MAX_STUDENTS
          + " at once");
    }
    Map<String, String> usernames = new LinkedHashMap<>();
    for (RosterPlan.RosterUser u : students.values()) {
      String name = firstNonBlank(u.username(), u.identifier(), u.sourcedId()).toLowerCase(Locale.ROOT);
      if (!USERNAME.matcher(name).matches()) {
        problems.add(OneRosterImport.USERS + " [username] user " + u.sourcedId() + ": '" + name + "' cannot be a "
            + "Stepwise username (letters, digits, dot, dash, underscore; at most 64)");
      } else if (usernames.containsValue(name)) {
        problems.add(OneRosterImport.USERS + " [username] user " + u.sourcedId() + ": username '" + name
            + "' is used twice in this roster");
      }
      usernames.put(u.sourcedId(), name);
    }
    if (!problems.isEmpty()) {
      refuse(ctx, problems, false);
      return;
    }
    Map<String, String> passwords = new LinkedHashMap<>();
    List<TeacherRosterWriter.NewStudent> newStudents = new ArrayList<>();
    for (RosterPlan.RosterUser u : students.values()) {
      String password = randomText(ALPHABET, 10);
      passwords.put(u.sourcedId(), password);
      newStudents.add(new TeacherRosterWriter.NewStudent(u.sourcedId(), usernames.get(u.sourcedId()),
          displayName(u), Passwords.hash(password)));
    }
    List<TeacherRosterWriter.NewClass> newClasses = plan.classes().stream()
        .map(c -> new TeacherRosterWriter.NewClass(c.sourcedId(), cut(c.title(), 120), null)).toList();
    List<TeacherRosterWriter.NewEnrolment> enrolments = plan.enrollments().stream()
        .filter(e -> e.role() == RosterPlan.Role.STUDENT)
        .map(e -> new TeacherRosterWriter.NewEnrolment(e.classSourcedId(), e.userSourcedId())).toList();
    TeacherRosterWriter.Applied applied;
    try {
      applied = writer.apply(me.schoolId(), me.id(), newClasses, newStudents, enrolments,
          () -> randomText(CODE_ALPHABET, 6), clock.instant());
    } catch (TeacherRosterWriter.Conflict e) {
      refuse(ctx, e.problems(), false);
      return;
    }
    List<TeacherRosterPage.ImportedClass> out = new ArrayList<>();
    for (RosterPlan.RosterClass c : plan.classes()) {
      List<TeacherRosterPage.Login> logins = plan.enrollments().stream()
          .filter(e -> e.role() == RosterPlan.Role.STUDENT && e.classSourcedId().equals(c.sourcedId()))
          .map(e -> new TeacherRosterPage.Login(displayName(users.get(e.userSourcedId())),
              usernames.get(e.userSourcedId()), passwords.get(e.userSourcedId())))
          .toList();
      out.add(new TeacherRosterPage.ImportedClass(applied.classIds().get(c.sourcedId()), cut(c.title(), 120),
          applied.classCodes().get(c.sourcedId()), logins));
    }
    int teacherRows = (int) plan.enrollments().stream().filter(e -> e.role() == RosterPlan.Role.TEACHER).count();
    ctx.header("Cache-Control", "no-store"); // the page shows first passwords
    render(ctx, List.of(), false, out, plan.skippedRows() + teacherRows);
  }

  /** The uploaded file's bytes, read no further than the limit; a problem is listed instead when it is missing. */
  private static byte[] file(Context ctx, String fileName, String field, List<String> problems) {
    UploadedFile f = ctx.uploadedFile(field); // past the server's multipart limits WebServer answers 413
    if (f == null) {
      problems.add(fileName + ": choose the file");
      return null;
    }
    if (f.size() > MAX_FILE_BYTES) {
      problems.add(fileName + ": " + f.size() / 1024 + " KiB is more than the " + MAX_FILE_BYTES / 1024
          + " KiB this page imports at once");
      return null;
    }
    try (InputStream in = f.content()) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        problems.add(fileName + ": more than the " + MAX_FILE_BYTES / 1024 + " KiB this page imports at once");
        return null;
      }
      return bytes;
    } catch (IOException e) {
      problems.add(fileName + ": the upload could not be read; try again");
      return null;
    }
  }

  private void refuse(Context ctx, List<String> problems, boolean truncated) {
    ctx.status(422);
    render(ctx, problems, truncated, List.of(), 0);
  }

  private void render(Context ctx, List<String> errors, boolean truncated, List<TeacherRosterPage.ImportedClass> done,
      int skipped) {
    teacher(ctx);
    pages.render(ctx, "teacher_roster.jte", new TeacherRosterPage(Pages.chrome("Import a roster", Guard.session(ctx)),
        MAX_FILE_BYTES / 1024, MAX_STUDENTS, errors, truncated, done, skipped));
  }

  private static Account teacher(Context ctx) {
    Account me = Guard.account(ctx);
    if (me.role() != Role.TEACHER) {
      throw HttpFailure.forbidden("Roster import is for teachers.");
    }
    return me;
  }

  private static String displayName(RosterPlan.RosterUser u) {
    return cut((u.givenName() + " " + u.familyName()).strip(), 120);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  private String randomText(String alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
