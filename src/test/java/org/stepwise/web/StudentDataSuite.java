package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.StudentDataRepository;
import org.stepwise.store.StudentDataTables;
import org.stepwise.store.UserRepository;

/**
 * A family's request about a student's data, through HTTP against a running server: the export holds everything the
 * student did (and no password hash, and nobody else's rows); deletion is for school admins only, needs the typed
 * username, removes every row in every table in one transaction (or none), ends the student's sessions and leaves
 * an audit record; the database's own catalogue proves that no table holding student rows is left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StudentDataSuite {
  private static final String PW = "student-data-pass-2026";
  private static final String CODE = DemoSchool.CLASS_CODES.get(0);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The tables the student's rows live in, read here by the test's own SQL rather than the code under test. */
  private static final List<String> STUDENT_TABLES = List.of("enrolments", "attempts", "hint_events", "work_checks",
      "tutor_exchanges", "mastery_snapshots", "mastery_current");

  TestServer running;
  WebServer server;
  Jdbi jdbi;
  long demo;
  long adminId;
  long teacherId;
  long river;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void startServer() {
    running = TestServer.start(freshDatabase(), 100);
    server = running.server();
    jdbi = server.database().jdbi();
    var users = new UserRepository(jdbi);
    var teacher = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account();
    demo = teacher.schoolId();
    teacherId = teacher.id();
    adminId = users.staffByEmail(DemoSchool.ADMIN_EMAIL).orElseThrow().account().id();
    // another school with its own admin, who must not reach the demo school's students
    Instant now = Instant.now();
    river = new SchoolRepository(jdbi).create("Riverside High", now);
    users.create(river, Role.SCHOOL_ADMIN, "admin@river.school", null, "Ms River Admin", Passwords.hash(PW), now);
    long riverTeacher = users.create(river, Role.TEACHER, "teacher@river.school", null, "Mr River", Passwords.hash(PW),
        now);
    new ClassRepository(jdbi).create(river, riverTeacher, "Riverside Algebra", "RIVER9", now);
  }

  @AfterAll
  void stopServer() {
    if (running != null) {
      running.close();
    }
  }

  // ---------------------------------------------------------------------------------------------------- export

  @Test
  void theTeacherExportsEverythingTheStudentDidAsOneJsonFileWithoutThePasswordHash() throws Exception {
    Browser kid = student(2);
    long id = idOf(kid);
    practise(kid, "zebra-question-2");
    insertCurrentMastery(id);

    Browser teacher = staff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD);
    HttpResponse<String> r = teacher.get("/teacher/students/" + id + "/export.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .isEqualTo("attachment; filename=\"stepwise-student-" + id + ".json\"");
    assertThat(r.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");

    JsonNode doc = JSON.readTree(r.body());
    assertThat(doc.path("format").asText()).isEqualTo("stepwise-student-data");
    assertThat(doc.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(Instant.parse(doc.path("exportedAt").asText())).isBefore(Instant.now().plusSeconds(1));
    assertThat(doc.path("studentId").asLong()).isEqualTo(id);
    assertThat(doc.path("school").path("name").asText()).isEqualTo(DemoSchool.SCHOOL_NAME);
    assertThat(doc.path("complete").asBoolean()).isTrue();
    JsonNode tables = doc.path("tables");

    JsonNode account = tables.path("users");
    assertThat(account).hasSize(1);
    assertThat(account.get(0).path("username").asText()).isEqualTo(DemoSchool.username(2));
    assertThat(account.get(0).has("password_hash")).isFalse();
    assertThat(r.body()).doesNotContain("password_hash").doesNotContain("$2a$").doesNotContain("$2b$")
        .doesNotContain("$2y$").doesNotContain(kid.sessionCookie()).doesNotContain(kid.lastCsrf());

    assertThat(texts(tables.path("attempts"), "answer")).contains("987654");
    assertThat(texts(tables.path("tutor_exchanges"), "student_message")).anyMatch(t -> t.endsWith("zebra-question-2"));
    assertThat(texts(tables.path("tutor_exchanges"), "reply")).allMatch(t -> !t.isBlank());
    assertThat(texts(tables.path("work_checks"), "problem")).contains("Solve 2x + 3 = 11 for x");
    assertThat(tables.path("hint_events").size()).isGreaterThanOrEqualTo(1);
    assertThat(texts(tables.path("enrolments"), "class_code")).containsExactly(CODE);
    assertThat(texts(tables.path("mastery_current"), "skill_id")).contains("zz-export-test");
    // every table, every row: exactly what the database holds about this student and nothing about anybody else
    Map<String, Long> stored = storedRows(id);
    for (String table : STUDENT_TABLES) {
      assertThat((long) tables.path(table).size()).as(table).isEqualTo(stored.get(table)).isPositive();
      assertThat(doc.path("rowCounts").path(table).asLong()).as(table).isEqualTo(stored.get(table));
      if (!table.equals("enrolments")) {
        for (JsonNode row : tables.path(table)) {
          assertThat(row.path("student_id").asLong()).as(table).isEqualTo(id);
        }
      }
    }

    // a school admin may export too; a student may not (teacher area)
    Browser admin = staff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    assertThat(admin.get("/teacher/students/" + id + "/export.json").statusCode()).isEqualTo(200);
    assertThat(kid.get("/teacher/students/" + id + "/export.json").statusCode()).isEqualTo(403);
  }

  @Test
  void anExportOfThousandsOfRowsPagesThroughThemAllInOrderEvenWhenTimesTie() throws Exception {
    long id = idOf(student(4));
    // 3,000 answers at only three distinct instants: pages of 500 must break ties by id to lose and repeat nothing
    Instant base = Instant.parse("2026-03-01T09:00:00Z");
    jdbi.useHandle(h -> {
      var batch = h.prepareBatch("INSERT INTO attempts (school_id, student_id, skill_id, item_seed, statement, "
          + "answer, verdict, feedback, hints_used, created_at) VALUES (:school, :student, 'int-add-sub', :i, "
          + "'Bulk statement', :answer, 'incorrect', NULL, 0, :at)");
      for (int i = 0; i < 3000; i++) {
        batch.bind("school", demo).bind("student", id).bind("i", i + 1).bind("answer", "bulk-" + i)
            .bind("at", base.plusSeconds(i % 3).atOffset(ZoneOffset.UTC)).add();
      }
      batch.execute();
      var snaps = h.prepareBatch("INSERT INTO mastery_snapshots (school_id, student_id, skill_id, p_mastery, "
          + "created_at) VALUES (:school, :student, 'int-add-sub', 0.5, :at)");
      for (int i = 0; i < 1200; i++) {
        snaps.bind("school", demo).bind("student", id).bind("at", base.atOffset(ZoneOffset.UTC)).add();
      }
      snaps.execute();
    });
    Browser teacher = staff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD);
    HttpResponse<String> r = teacher.get("/teacher/students/" + id + "/export.json");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode tables = JSON.readTree(r.body()).path("tables");
    for (String table : List.of("attempts", "mastery_snapshots")) {
      List<Long> exported = new ArrayList<>();
      tables.path(table).forEach(row -> exported.add(row.path("id").asLong()));
      Set<Long> stored = new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT id FROM " + table
          + " WHERE student_id = :s").bind("s", id).mapTo(Long.class).list()));
      assertThat(stored.size()).as(table).isGreaterThanOrEqualTo(table.equals("attempts") ? 3000 : 1200);
      assertThat(exported).as(table).doesNotHaveDuplicates().hasSize(stored.size());
      assertThat(new HashSet<>(exported)).as(table).isEqualTo(stored);
      // in time order, ties by id: the order the pages are cut in
      List<String> keys = new ArrayList<>();
      tables.path(table).forEach(row -> {
        Instant at = Instant.parse(row.path("created_at").asText());
        keys.add(String.format(Locale.ROOT, "%015d%09d:%019d", at.getEpochSecond(), at.getNano(),
            row.path("id").asLong()));
      });
      assertThat(keys).as(table).isSorted();
    }
  }

  // -------------------------------------------------------------------------------------------------- deletion

  @Test
  void anAdminDeletesEveryRowOfTheStudentInOneStepAfterTypingTheUsername() {
    Browser kid = student(3);
    long id = idOf(kid);
    practise(kid, "zebra-question-3");
    insertCurrentMastery(id);
    Map<String, Long> before = storedRows(id);
    Map<String, Long> others = othersRows(id);
    STUDENT_TABLES.forEach(t -> assertThat(before.get(t)).as(t).isPositive());

    // teachers read the note and are refused the deletion; the student too
    Browser teacher = staff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD);
    HttpResponse<String> data = teacher.get("/teacher/students/" + id + "/data");
    assertThat(data.statusCode()).isEqualTo(200);
    assertThat(data.body()).contains("ask your school admin").doesNotContain("/admin/students/" + id + "/delete")
        .contains("/teacher/students/" + id + "/export.json");
    assertThat(teacher.get("/admin/students/" + id + "/delete").statusCode()).isEqualTo(403);
    assertThat(teacher.submit("/admin/students/" + id + "/delete", Map.of("confirm", DemoSchool.username(3)))
        .statusCode()).isEqualTo(403);
    assertThat(kid.submit("/admin/students/" + id + "/delete", Map.of("confirm", DemoSchool.username(3)))
        .statusCode()).isEqualTo(403);
    assertThat(storedRows(id)).isEqualTo(before);

    Browser admin = staff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    assertThat(admin.get("/teacher/students/" + id + "/data").body())
        .contains("/admin/students/" + id + "/delete").doesNotContain("ask your school admin");
    HttpResponse<String> form = admin.get("/admin/students/" + id + "/delete");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("name=\"confirm\"").contains(DemoSchool.username(3)).contains("name=\"_csrf\"");

    // wrong, empty and oversized confirmations, and a post without the form's token: nothing goes
    HttpResponse<String> wrong = admin.submit("/admin/students/" + id + "/delete", Map.of("confirm",
        DemoSchool.username(4)));
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("That is not this student's username").contains("Nothing was deleted")
        .contains("name=\"confirm\"");
    assertThat(admin.submit("/admin/students/" + id + "/delete", Map.of("confirm", "")).statusCode())
        .isEqualTo(400);
    HttpResponse<String> huge = admin.submit("/admin/students/" + id + "/delete",
        Map.of("confirm", DemoSchool.username(3) + " ".repeat(10) + "x".repeat(StudentDataRoutes.MAX_CONFIRMATION)));
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("too long");
    assertThat(admin.postForm("/admin/students/" + id + "/delete", Map.of("confirm", DemoSchool.username(3)))
        .statusCode()).isEqualTo(403);
    assertThat(storedRows(id)).isEqualTo(before);
    assertThat(kid.get("/student").statusCode()).isEqualTo(200);

    // the right username (surrounding spaces are forgiven): everything goes, and the receipt says how much
    admin.get("/admin/students/" + id + "/delete");
    HttpResponse<String> done = admin.submit("/admin/students/" + id + "/delete",
        Map.of("confirm", " " + DemoSchool.username(3) + " "));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Student deleted").contains("Signed-in sessions ended: 1")
        .doesNotContain(DemoSchool.username(3));
    Map<String, Long> receipt = new LinkedHashMap<>();
    Matcher m = Pattern.compile("data-table=\"([a-z_]+)\">(\\d+)<").matcher(done.body());
    while (m.find()) {
      receipt.put(m.group(1), Long.parseLong(m.group(2)));
    }
    assertThat(receipt).isEqualTo(before);

    Map<String, Long> after = storedRows(id);
    after.forEach((table, n) -> assertThat(n).as(table).isZero());
    assertThat(othersRows(id)).isEqualTo(others);

    // the audit record: who, which id, when, the counts; no name or username
    Map<String, Object> log = jdbi.withHandle(h -> h.createQuery("SELECT * FROM deletion_log "
        + "WHERE deleted_student_id = :s").bind("s", id).mapToMap().one());
    assertThat(((Number) log.get("deleted_by")).longValue()).isEqualTo(adminId);
    assertThat(((Number) log.get("school_id")).longValue()).isEqualTo(demo);
    assertThat(log.get("rows_deleted").toString()).contains("\"attempts\":" + before.get("attempts"))
        .doesNotContain(DemoSchool.username(3));
    String logId = HttpSuite.match(done.body(), "id=\"log-id\">#(\\d+)<");
    assertThat(((Number) log.get("id")).longValue()).isEqualTo(Long.parseLong(logId));
    HttpResponse<String> trail = admin.get("/admin/deletions");
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("#" + logId).contains(">" + id + "<");
    assertThat(teacher.get("/admin/deletions").statusCode()).isEqualTo(403);

    // the student was signed out and cannot sign in again; the student is gone from every page
    assertThat(kid.get("/student").statusCode()).isEqualTo(302);
    assertThat(new Browser(server.port()).loginStudent(CODE, DemoSchool.username(3), DemoSchool.STUDENT_PASSWORD)
        .statusCode()).isEqualTo(401);
    assertThat(admin.get("/admin/students/" + id + "/delete").statusCode()).isEqualTo(404);
    assertThat(admin.get("/teacher/students/" + id).statusCode()).isEqualTo(404);
    assertThat(admin.get("/teacher/students/" + id + "/export.json").statusCode()).isEqualTo(404);
    assertThat(teacher.get("/teacher/classes/" + classId()).body()).doesNotContain(DemoSchool.username(3));
  }

  @Test
  void unknownStaffAndOtherSchoolsStudentsAreNotFoundAndNothingIsDeleted() {
    long id = idOf(student(6));
    Map<String, Long> before = storedRows(id);
    Browser riverAdmin = staff("admin@river.school", PW);
    assertThat(riverAdmin.get("/admin/students/" + id + "/delete").statusCode()).isEqualTo(404);
    assertThat(riverAdmin.submit("/admin/students/" + id + "/delete", Map.of("confirm", DemoSchool.username(6)))
        .statusCode()).isEqualTo(404);
    assertThat(riverAdmin.get("/teacher/students/" + id + "/export.json").statusCode()).isEqualTo(404);
    assertThat(riverAdmin.get("/teacher/students/" + id + "/data").statusCode()).isEqualTo(404);
    assertThat(storedRows(id)).isEqualTo(before);

    Browser admin = staff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    for (String bad : List.of("999999999", "0", "-3", "abc", Long.toString(teacherId), Long.toString(adminId))) {
      assertThat(admin.get("/admin/students/" + bad + "/delete").statusCode()).as(bad).isEqualTo(404);
      assertThat(admin.submit("/admin/students/" + bad + "/delete", Map.of("confirm", "x")).statusCode()).as(bad)
          .isEqualTo(404);
      assertThat(admin.get("/teacher/students/" + bad + "/export.json").statusCode()).as(bad).isEqualTo(404);
    }
    assertThat(new UserRepository(jdbi).find(demo, teacherId)).isPresent();
  }

  // -------------------------------------------------------------------------------------------------- coverage

  @Test
  void everyTableThatHoldsStudentRowsIsCoveredAccordingToTheDatabasesOwnCatalogue() throws Exception {
    Set<String> covered = StudentDataTables.STUDENT_ROWS.stream().map(StudentDataTables.Table::name)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(STUDENT_TABLES);
    jdbi.useHandle(h -> {
      Connection c = h.getConnection();
      DatabaseMetaData meta = c.getMetaData();
      String schema = c.getSchema();
      // every base table with a student_id column is deleted (and exported)
      Set<String> withStudentId = new TreeSet<>();
      try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
        while (rs.next()) {
          if (rs.getString("COLUMN_NAME").equalsIgnoreCase("student_id")) {
            withStudentId.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
      assertThat(withStudentId).isEqualTo(covered);
      // every foreign key into users is one of those student_id columns, or refers to staff only
      Set<String> references = new TreeSet<>();
      try (ResultSet rs = meta.getExportedKeys(null, schema, meta.storesUpperCaseIdentifiers() ? "USERS" : "users")) {
        while (rs.next()) {
          references.add((rs.getString("FKTABLE_NAME") + "." + rs.getString("FKCOLUMN_NAME"))
              .toLowerCase(Locale.ROOT));
        }
      }
      assertThat(references).isNotEmpty();
      for (String ref : references) {
        assertThat(StudentDataTables.STAFF_REFERENCES.contains(ref)
            || covered.contains(ref.substring(0, ref.indexOf('.'))) && ref.endsWith(".student_id"))
            .as(ref + " is a reference to users that a student's deletion would miss").isTrue();
      }
      // and the export shows every column of those tables but the password hash (and enrolments' own student id)
      Set<String> missing = new TreeSet<>();
      for (StudentDataTables.Table t : StudentDataTables.ALL) {
        Set<String> exported = t.columns().stream().map(StudentDataTables.Column::name).collect(Collectors.toSet());
        try (ResultSet rs = meta.getColumns(null, schema,
            meta.storesUpperCaseIdentifiers() ? t.name().toUpperCase(Locale.ROOT) : t.name(), "%")) {
          while (rs.next()) {
            String col = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
            String ref = t.name() + "." + col;
            if (rs.getString("TABLE_NAME").equalsIgnoreCase(t.name()) && !exported.contains(col)
                && !ref.equals("users.password_hash") && !ref.equals("enrolments.student_id")) {
              missing.add(ref);
            }
          }
        }
      }
      assertThat(missing).as("columns about the student that the export leaves out").isEmpty();
    });
    assertThat(new StudentDataRepository(jdbi).uncovered()).isEmpty();
  }

  @Test
  void aTableTheDeletionDoesNotKnowStopsItBeforeAnythingIsDeleted() {
    Browser kid = student(5);
    long id = idOf(kid);
    Map<String, Long> before = storedRows(id);
    Browser admin = staff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    // a new feature's table with student ids but no foreign key: without the check it would be left behind
    jdbi.useHandle(h -> h.execute("CREATE TABLE extra_notes (id BIGINT PRIMARY KEY, student_id BIGINT NOT NULL)"));
    try {
      jdbi.useHandle(h -> h.execute("INSERT INTO extra_notes (id, student_id) VALUES (1, ?)", id));
      admin.get("/admin/students/" + id + "/delete");
      HttpResponse<String> r = admin.submit("/admin/students/" + id + "/delete",
          Map.of("confirm", DemoSchool.username(5)));
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).contains("Nothing was deleted").contains("extra_notes");
    } finally {
      jdbi.useHandle(h -> h.execute("DROP TABLE extra_notes"));
    }
    // and one with a foreign key into users under another name
    jdbi.useHandle(h -> h.execute("CREATE TABLE peer_notes (id BIGINT PRIMARY KEY, about_user BIGINT REFERENCES "
        + "users(id))"));
    try {
      admin.get("/admin/students/" + id + "/delete");
      HttpResponse<String> r = admin.submit("/admin/students/" + id + "/delete",
          Map.of("confirm", DemoSchool.username(5)));
      assertThat(r.statusCode()).isEqualTo(500);
      assertThat(r.body()).contains("Nothing was deleted").contains("peer_notes.about_user");
    } finally {
      jdbi.useHandle(h -> h.execute("DROP TABLE peer_notes"));
    }
    assertThat(storedRows(id)).isEqualTo(before);
    assertThat(kid.get("/student").statusCode()).isEqualTo(200);
    long logged = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM deletion_log WHERE deleted_student_id = :s")
        .bind("s", id).mapTo(Long.class).one());
    assertThat(logged).isZero();
  }

  @Test
  void whenTheDatabaseRefusesTheLastStepTheWholeDeletionRollsBack() {
    Browser kid = student(7);
    long id = idOf(kid);
    practise(kid, "zebra-question-7");
    // a row about the student that the deletion's school-scoped statements do not select (filed under another
    // school): the account's delete then violates the foreign key, after six tables were already emptied
    jdbi.useHandle(h -> h.execute("INSERT INTO hint_events (school_id, student_id, skill_id, item_seed, rung, "
        + "created_at) VALUES (?, ?, 'int-add-sub', 1, 1, ?)", river, id, Instant.now().atOffset(ZoneOffset.UTC)));
    Map<String, Long> before = storedRows(id);
    Browser admin = staff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    admin.get("/admin/students/" + id + "/delete");
    HttpResponse<String> r = admin.submit("/admin/students/" + id + "/delete",
        Map.of("confirm", DemoSchool.username(7)));
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("Nothing was deleted");
    assertThat(storedRows(id)).isEqualTo(before);
    assertThat(kid.get("/student").statusCode()).isEqualTo(200);

    jdbi.useHandle(h -> h.execute("DELETE FROM hint_events WHERE school_id = ? AND student_id = ?", river, id));
    admin.get("/admin/students/" + id + "/delete");
    assertThat(admin.submit("/admin/students/" + id + "/delete", Map.of("confirm", DemoSchool.username(7)))
        .statusCode()).isEqualTo(200);
    storedRows(id).forEach((table, n) -> assertThat(n).as(table).isZero());
  }

  // ------------------------------------------------------------------------------------------------- helpers

  private Browser student(int i) {
    Browser b = new Browser(server.port());
    assertThat(b.loginStudent(CODE, DemoSchool.username(i), DemoSchool.STUDENT_PASSWORD).statusCode())
        .isEqualTo(303);
    b.get("/student");
    return b;
  }

  private Browser staff(String email, String password) {
    Browser b = new Browser(server.port());
    assertThat(b.loginStaff(email, password).statusCode()).isEqualTo(303);
    b.get(email.startsWith("admin") ? "/admin" : "/teacher");
    return b;
  }

  private static long idOf(Browser b) {
    return Long.parseLong(HttpSuite.match(b.get("/api/me").body(), "\"id\":(\\d+)"));
  }

  private long classId() {
    return new ClassRepository(jdbi).ofTeacher(demo, teacherId).stream()
        .filter(c -> c.classCode().equals(CODE)).findFirst().orElseThrow().id();
  }

  /** One of each thing a student can do: an API answer, a hint, an answer on the page, a tutor message, a work check. */
  private static void practise(Browser b, String tutorMessage) {
    assertThat(b.postJson("/api/attempts", TestItems.of("int-add-sub", 11).json("987654"), b.apiCsrf())
        .statusCode()).isEqualTo(201);
    HttpResponse<String> page = b.get("/student/practice/int-add-sub");
    String templateId = HttpSuite.match(page.body(), "name=\"templateId\" value=\"([^\"]+)\"");
    String seed = HttpSuite.match(page.body(), "name=\"seed\" value=\"(\\d+)\"");
    assertThat(b.submit("/student/practice/int-add-sub/hint", Map.of("templateId", templateId, "seed", seed,
        "hintsUsed", "0")).statusCode()).isEqualTo(200);
    assertThat(b.submit("/student/practice/int-add-sub/answer", Map.of("templateId", templateId, "seed", seed,
        "hintsUsed", "0", "answer", "123456")).statusCode()).isEqualTo(200);
    assertThat(b.submit("/student/practice/int-add-sub/tutor", Map.of("templateId", templateId, "seed", seed,
        "hintsUsed", "0", "message", "I am stuck on this one " + tutorMessage)).statusCode()).isEqualTo(200);
    b.get("/student/check-work");
    assertThat(b.submit("/student/check-work", Map.of("problem", "Solve 2x + 3 = 11 for x", "lines",
        "2x = 14\nx = 7")).statusCode()).isEqualTo(200);
  }

  /** The app does not write mastery_current yet everywhere; a row makes sure export and deletion cover it. */
  private void insertCurrentMastery(long id) {
    jdbi.useHandle(h -> h.execute("INSERT INTO mastery_current (school_id, student_id, skill_id, p_mastery, answers, "
        + "updated_at) VALUES (?, ?, 'zz-export-test', 0.4, 3, ?)", demo, id, Instant.now().atOffset(ZoneOffset.UTC)));
  }

  /** Rows about the student per table (users: the account), by the test's own queries. */
  private Map<String, Long> storedRows(long id) {
    return jdbi.withHandle(h -> {
      Map<String, Long> out = new LinkedHashMap<>();
      for (String t : STUDENT_TABLES) {
        out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t + " WHERE student_id = :s").bind("s", id)
            .mapTo(Long.class).one());
      }
      out.put("users", h.createQuery("SELECT COUNT(*) FROM users WHERE id = :s").bind("s", id).mapTo(Long.class)
          .one());
      return out;
    });
  }

  /** Rows about everybody else per table. */
  private Map<String, Long> othersRows(long id) {
    return jdbi.withHandle(h -> {
      Map<String, Long> out = new LinkedHashMap<>();
      for (String t : STUDENT_TABLES) {
        out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t + " WHERE student_id <> :s").bind("s", id)
            .mapTo(Long.class).one());
      }
      out.put("users", h.createQuery("SELECT COUNT(*) FROM users WHERE id <> :s").bind("s", id).mapTo(Long.class)
          .one());
      return out;
    });
  }

  private static List<String> texts(JsonNode rows, String field) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.path(field).asText()));
    return out;
  }
}
