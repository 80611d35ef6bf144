package org.stepwise.web;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Role;
import org.stepwise.store.Database;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.StudentDataRepository;
import org.stepwise.store.UserRepository;
import org.stepwise.web.pages.DeletionLogPage;
import org.stepwise.web.pages.StudentDataPage;
import org.stepwise.web.pages.StudentDataPage.TableRows;
import org.stepwise.web.pages.StudentDeletePage;
import org.stepwise.web.pages.StudentDeletedPage;

/**
 * Requests from families about a student's data (docs/OPERATIONS.md, "Student data requests"): what is stored, the
 * export of all of it as one JSON file (the student's teacher or a school admin), and deletion of all of it (a
 * school admin only, since it cannot be undone) with a typed confirmation, a receipt and an audit record.
 */
final class StudentDataRoutes {
  /** Exports at once: each holds one pooled connection while the file downloads, so a few must not take them all. */
  static final int MAX_CONCURRENT_EXPORTS = 2;
  /** The confirmation field is compared with a username (at most 64 characters); anything longer is refused. */
  static final int MAX_CONFIRMATION = 200;
  static final int LOG_ROWS = 200;

  /** What each table holds, in words for the pages. */
  private static final Map<String, String> DESCRIPTIONS = Map.of(
      "users", "Account: name, username, when created (the password is stored only as a hash and never exported)",
      "enrolments", "Classes the student is enrolled in",
      "attempts", "Answers to practice problems, with the verdicts and feedback",
      "hint_events", "Hints asked for",
      "work_checks", "\"Check my work\" requests and what the checker answered",
      "tutor_exchanges", "Messages to the tutor and its replies",
      "mastery_snapshots", "Mastery estimates over time",
      "mastery_current", "Current mastery estimate per skill");

  private final StudentDataRepository data;
  private final SchoolRepository schools;
  private final UserRepository users;
  private final Access access;
  private final Pages pages;
  private final SessionStore sessions;
  private final Clock clock;
  /**
   * Leaves the response stream to Javalin, and does not close open arrays when a write fails: a download cut off
   * mid-way must not look like a whole file.
   */
  private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();
  private final Semaphore exports = new Semaphore(MAX_CONCURRENT_EXPORTS);

  StudentDataRoutes(Database db, Access access, Pages pages, SessionStore sessions, Clock clock) {
    this.data = new StudentDataRepository(db.jdbi());
    this.schools = new SchoolRepository(db.jdbi());
    this.users = new UserRepository(db.jdbi());
    this.access = access;
    this.pages = pages;
    this.sessions = sessions;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    // /teacher/... is for teachers and school admins, /admin/... for school admins only (Guard); Access then keeps
    // a teacher to the students of their classes and everybody to their own school (404 otherwise).
    routes.get("/teacher/students/{id}/data", this::dataPage);
    routes.get("/teacher/students/{id}/export.json", this::export);
    routes.get("/admin/students/{id}/delete", this::deleteForm);
    routes.post("/admin/students/{id}/delete", this::delete);
    routes.get("/admin/deletions", this::deletionLog);
  }

  private void dataPage(Context ctx) {
    Account me = Guard.account(ctx);
    Account student = access.student(me, PathIds.id(ctx));
    pages.render(ctx, "student_data.jte", new StudentDataPage(
        Pages.chrome("Data of " + student.displayName(), Guard.session(ctx)), student.id(), student.displayName(),
        student.username(), rows(data.count(me.schoolId(), student.id())), me.role() == Role.SCHOOL_ADMIN));
  }

  private void export(Context ctx) {
    Account me = Guard.account(ctx);
    Account student = access.student(me, PathIds.id(ctx));
    if (!exports.tryAcquire()) {
      ctx.header("Retry-After", "30");
      throw new HttpFailure(503, "busy", "Other exports are being prepared; try again in a minute.");
    }
    try {
      ctx.contentType("application/json; charset=utf-8");
      // the file is named by id, not by the child's name (download folders and proxy logs keep file names)
      ctx.header("Content-Disposition", "attachment; filename=\"stepwise-student-" + student.id() + ".json\"");
      ctx.header("Cache-Control", "no-store");
      String school = schools.name(me.schoolId()).orElse("");
      try (JsonGenerator g = json.createGenerator(ctx.outputStream(), JsonEncoding.UTF8)) {
        StudentExportJson writer = new StudentExportJson(g, clock.instant(), me.schoolId(), school, student.id());
        if (!data.export(me.schoolId(), student.id(), writer)) {
          throw HttpFailure.notFound(); // deleted since the access check; nothing has been written
        }
        writer.finish();
      } catch (IOException | UncheckedIOException e) {
        // the download was cut off (the client went away); the file is incomplete and says so by lacking
        // "complete": true, and there is nobody left to answer
        ctx.skipRemainingHandlers();
      }
    } finally {
      exports.release();
    }
  }

  private void deleteForm(Context ctx) {
    Account me = Guard.account(ctx);
    Account student = access.student(me, PathIds.id(ctx));
    renderForm(ctx, me, student, null);
  }

  private void delete(Context ctx) {
    Account me = Guard.account(ctx);
    if (me.role() != Role.SCHOOL_ADMIN) { // Guard already keeps /admin to admins; this keeps it so if paths move
      throw HttpFailure.forbidden("Only a school admin can delete a student's data.");
    }
    Account student = access.student(me, PathIds.id(ctx));
    String typed = ctx.formParam("confirm");
    typed = typed == null ? "" : typed.strip();
    if (typed.length() > MAX_CONFIRMATION) {
      ctx.status(400);
      renderForm(ctx, me, student, "That is too long to be a username (at most " + MAX_CONFIRMATION
          + " characters). Nothing was deleted.");
      return;
    }
    if (!typed.equals(confirmWord(student))) {
      ctx.status(400);
      renderForm(ctx, me, student, typed.isEmpty()
          ? "Type the student's username to confirm. Nothing was deleted."
          : "That is not this student's username. Nothing was deleted.");
      return;
    }
    Optional<StudentDataRepository.Deleted> done;
    try {
      done = data.delete(me.schoolId(), student.id(), me.id(), clock.instant());
    } catch (StudentDataRepository.Uncovered e) {
      throw new HttpFailure(500, "uncovered", "Nothing was deleted: the database has tables this version of "
          + "Stepwise does not know how to clear (" + String.join(", ", e.tables()) + "). Update Stepwise, or "
          + "report this as a bug.");
    } catch (StudentDataRepository.StillReferenced e) {
      throw new HttpFailure(409, "still_referenced", "Nothing was deleted: while deleting, other records still "
          + "referred to this student (perhaps they were answering a question at that moment). Try again; if it "
          + "happens again, report it as a bug.");
    }
    StudentDataRepository.Deleted d = done.orElseThrow(HttpFailure::notFound);
    // only after the commit: a failed deletion leaves the student signed in with their data intact
    int ended = sessions.endAllOf(student.id());
    List<TableRows> tables = rows(d.rows());
    ctx.header("Cache-Control", "no-store");
    pages.render(ctx, "admin_student_deleted.jte", new StudentDeletedPage(
        Pages.chrome("Student deleted", Guard.session(ctx)), student.id(), d.logId(), when(d.at()), tables,
        tables.stream().mapToLong(TableRows::rows).sum(), ended));
  }

  private void deletionLog(Context ctx) {
    Account me = Guard.account(ctx);
    List<DeletionLogPage.Entry> entries = data.log(me.schoolId(), LOG_ROWS).stream()
        .map(e -> new DeletionLogPage.Entry(e.id(), e.deletedStudentId(),
            users.find(me.schoolId(), e.deletedBy()).map(Account::displayName).orElse("user #" + e.deletedBy()),
            when(e.at()), e.rowsJson()))
        .toList();
    pages.render(ctx, "admin_deletions.jte", new DeletionLogPage(Pages.chrome("Deleted students",
        Guard.session(ctx)), entries, LOG_ROWS));
  }

  private void renderForm(Context ctx, Account me, Account student, String error) {
    pages.render(ctx, "admin_student_delete.jte", new StudentDeletePage(
        Pages.chrome("Delete " + student.displayName(), Guard.session(ctx)), student.id(), student.displayName(),
        confirmWord(student), rows(data.count(me.schoolId(), student.id())), error));
  }

  /** What the admin types to confirm: the username (students always have one; the id should one be missing). */
  private static String confirmWord(Account student) {
    return student.username() != null ? student.username() : String.valueOf(student.id());
  }

  private static List<TableRows> rows(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> new TableRows(e.getKey(), DESCRIPTIONS.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
        .toList();
  }

  private static String when(Instant t) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC)
        .format(t);
  }
}
