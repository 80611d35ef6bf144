package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.UserRepository;

/**
 * Assignments through HTTP against a running server with the demo school: the teacher finds skills by standard id
 * and by words, creates, edits and deletes an assignment of their class; a demo student of the class sees it on their
 * home page and can practise it; bad input is refused with the form and its messages and stores nothing; another
 * teacher, the school admin and students are refused. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TeacherAssignmentsSuite {
  static final String OTHER_EMAIL = "assign.other@demo.school";
  static final String OTHER_PASSWORD = "assign-other-2026";
  private static final Pattern RESULT = Pattern.compile("id=\"r-([a-z0-9-]+)\"");

  TestServer running;
  WebServer server;
  AssignmentRepository repo;
  long school;
  long maple;
  long cedar;
  long otherClass;
  final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void startServer() {
    running = TestServer.start(freshDatabase(), 100);
    server = running.server();
    var jdbi = server.database().jdbi();
    repo = new AssignmentRepository(jdbi);
    var users = new UserRepository(jdbi);
    var classes = new ClassRepository(jdbi);
    var teacher = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account();
    school = teacher.schoolId();
    var own = classes.ofTeacher(school, teacher.id());
    maple = own.stream().filter(c -> c.classCode().equals("MAPLE7")).findFirst().orElseThrow().id();
    cedar = own.stream().filter(c -> c.classCode().equals("CEDAR8")).findFirst().orElseThrow().id();
    // a second teacher of the same school with a class and an assignment of their own
    long other = users.create(school, Role.TEACHER, OTHER_EMAIL, null, "Mx. Other", Passwords.hash(OTHER_PASSWORD),
        Instant.now());
    otherClass = classes.create(school, other, "Other Teacher's Class", "OTHER9", Instant.now());
    repo.create(otherClass, "Their assignment", null, 0.7, List.of("two-step"), Instant.now());
  }

  @AfterAll
  void stopServer() {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void searchingByAStandardIdFindsTheSkillsOfThatStandardAndItsParts() {
    Browser t = teacher();
    // the course lists 6.EE.A.2c; the teacher's plan says 6.EE.A.2
    assertThat(results(t.get(newPath(maple) + "?q=6.EE.A.2").body()))
        .containsExactly("order-of-ops", "eval-expr", "eval-expr-negatives");
    assertThat(results(t.get(newPath(maple) + "?q=8.ee.c.7").body()))
        .containsExactlyInAnyOrder("eq-distribute", "eq-both-sides", "eq-fractions", "eq-special");
    // a standard and a word narrow together
    assertThat(results(t.get(newPath(maple) + "?q=8.EE.C.7+fractions").body())).containsExactly("eq-fractions");
    // a sub-standard is not the prefix of a longer number
    assertThat(results(t.get(newPath(maple) + "?q=8.EE.C.70").body())).isEmpty();
  }

  @Test
  void searchingByWordsOrIdFindsSkillsAndTheSearchKeepsWhatWasTyped() {
    Browser t = teacher();
    assertThat(results(t.get(newPath(maple) + "?q=variables+both+sides").body())).containsExactly("eq-both-sides");
    assertThat(results(t.get(newPath(maple) + "?q=FRACTIONS").body())).contains("frac-add-sub", "eq-fractions");
    assertThat(results(t.get(newPath(maple) + "?q=two-step").body())).startsWith("two-step");
    HttpResponse<String> none = t.get(newPath(maple) + "?q=zebra");
    assertThat(none.statusCode()).isEqualTo(200);
    assertThat(none.body()).contains("No other skill matches “zebra”");

    // the no-JavaScript round trip: title, dates and ticked skills come back, a chosen skill is not listed twice
    HttpResponse<String> back = t.get(newPath(maple) + "?title=Fractions+week&due=" + today.plusDays(3)
        + "&target=90&q=fractions&skill=frac-add-sub");
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(back.body()).contains("value=\"Fractions week\"").contains("value=\"" + today.plusDays(3) + "\"")
        .contains("value=\"90\"").contains("id=\"c-frac-add-sub\" name=\"skill\" value=\"frac-add-sub\" checked");
    assertThat(results(back.body())).doesNotContain("frac-add-sub").contains("eq-fractions");
    // the search URL never carries the CSRF token: it rides on the save button only
    assertThat(back.body()).contains("formmethod=\"get\"").contains("<button type=\"submit\" name=\"_csrf\"");
  }

  @Test
  void aSearchLongerThanTheLimitIsRefused() {
    Browser t = teacher();
    HttpResponse<String> r = t.get(newPath(maple) + "?q=" + "a".repeat(TeacherAssignmentRoutes.MAX_QUERY + 1));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("Search: at most 200 characters");
    assertThat(t.get(newPath(maple) + "?q=" + "a".repeat(TeacherAssignmentRoutes.MAX_QUERY)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void badInputIsRefusedWithTheFormAndItsMessagesAndNothingIsStored() {
    Browser t = teacher();
    t.get(newPath(maple));
    int before = repo.ofClass(school, maple).size();
    String due = today.plusDays(10).toString();
    List<String> twentyOne = course21();
    record Case(List<String[]> form, String message) {}
    List<Case> cases = List.of(
        new Case(form("", due, "80", List.of("two-step")), "Title: give the assignment a title."),
        new Case(form("x".repeat(121), due, "80", List.of("two-step")), "Title: at most 120 characters"),
        new Case(form("No skills", due, "80", List.of()), "Skills: choose at least one skill"),
        new Case(form("Too many", due, "80", twentyOne), "Skills: at most 20 in one assignment (21 chosen)"),
        new Case(form("Unknown", due, "80", List.of("two-step", "not-a-skill")),
            "Skills: 'not-a-skill' is not a skill of the course."),
        new Case(form("Bad date", "2026-13-40", "80", List.of("two-step")), "Due date: write the date as YYYY-MM-DD"),
        new Case(form("Words date", "next friday", "80", List.of("two-step")), "Due date: write the date"),
        new Case(form("Past date", today.minusDays(5).toString(), "80", List.of("two-step")), "is in the past"),
        new Case(form("Far date", today.plusDays(500).toString(), "80", List.of("two-step")), "days ahead"),
        new Case(form("Low target", due, "49", List.of("two-step")), "Target mastery: a whole percentage from 50"),
        new Case(form("High target", due, "101", List.of("two-step")), "Target mastery"),
        new Case(form("Word target", due, "lots", List.of("two-step")), "Target mastery"));
    for (Case c : cases) {
      HttpResponse<String> r = post(t, createPath(maple), c.form(), true);
      assertThat(r.statusCode()).as(c.message()).isEqualTo(400);
      assertThat(r.body()).as(c.message()).contains("Not saved").contains(c.message()).contains("role=\"alert\"");
    }
    // everything wrong at once: every problem is listed, and what was typed is kept
    HttpResponse<String> all = post(t, createPath(maple), form("", "soon", "5", List.of()), true);
    assertThat(all.statusCode()).isEqualTo(400);
    assertThat(all.body()).contains("4 problems").contains("value=\"soon\"");
    assertThat(repo.ofClass(school, maple)).hasSize(before);
  }

  @Test
  void oversizedFormsAndAMissingTokenStoreNothing() {
    Browser t = teacher();
    t.get(newPath(maple));
    int before = repo.ofClass(school, maple).size();
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= TeacherAssignmentRoutes.MAX_SKILL_FIELDS; i++) {
      many.add("skill-" + i);
    }
    HttpResponse<String> fields = post(t, createPath(maple), form("Many", "", "80", many), true);
    assertThat(fields.statusCode()).isEqualTo(400);
    assertThat(fields.body()).contains("This form sent 101 skills");
    // past the server's request size limit (64 KiB)
    HttpResponse<String> huge = post(t, createPath(maple), form("x".repeat(70_000), "", "80", List.of("two-step")),
        true);
    assertThat(huge.statusCode()).isEqualTo(413);
    HttpResponse<String> noToken = post(t, createPath(maple), form("No token", "", "80", List.of("two-step")),
        false);
    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(repo.ofClass(school, maple)).hasSize(before);
  }

  @Test
  void aCreatedAssignmentIsListedForTheTeacherAndShownToTheClassesStudentsWhoCanPractiseIt() {
    Browser t = teacher();
    t.get(newPath(maple));
    LocalDate due = today.plusDays(9);
    HttpResponse<String> r = post(t, createPath(maple),
        form("  Equations with brackets  ", due.toString(), "85", List.of("eq-distribute", "eq-both-sides")), true);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/teacher/classes/" + maple + "#assignments");
    Assignment stored = repo.ofClass(school, maple).stream()
        .filter(a -> a.title().equals("Equations with brackets")).findFirst().orElseThrow();
    assertThat(stored.skillIds()).containsExactly("eq-distribute", "eq-both-sides");
    assertThat(stored.dueDate()).isEqualTo(due);
    assertThat(stored.targetMastery()).isEqualTo(0.85);

    String page = t.get("/teacher/classes/" + maple).body();
    assertThat(row(page, stored.id())).contains("Equations with brackets").contains(due.toString())
        .contains("85%").contains("Equations with brackets, Variables on both sides")
        .contains("0 of 15 students at target")
        .contains("/teacher/classes/" + maple + "/assignments/" + stored.id() + "/edit");

    // the demo's first assignment has practice behind it: the count agrees with the stored estimates
    Assignment week1 = find(maple, "Week 1 practice");
    var students = new UserRepository(server.database().jdbi()).studentsOfClass(school, maple).stream()
        .map(org.stepwise.classroom.Account::id).toList();
    var levels = new org.stepwise.store.MasteryRepository(server.database().jdbi()).latestOfStudents(school, students);
    long atTarget = students.stream().filter(id -> week1.skillIds().stream().allMatch(k -> {
      var m = levels.getOrDefault(id, java.util.Map.of()).get(k);
      return m != null && Math.round(m.pMastery() * 100) >= 80;
    })).count();
    assertThat(atTarget).isBetween(1L, 14L); // the demo's simulated class is neither empty nor done
    assertThat(row(page, week1.id())).contains(atTarget + " of 15 students at target");

    Browser ava = student(0);
    String home = ava.get("/student").body();
    assertThat(home).contains("Equations with brackets").contains("due " + due)
        .contains("target 85% mastery").contains("href=\"/student/practice/eq-distribute\"")
        .contains("Variables on both sides");
    assertThat(ava.get("/student/practice/eq-both-sides").statusCode()).isEqualTo(200);
    // a student of the other class does not see it
    assertThat(student(DemoSchool.STUDENTS_PER_CLASS).get("/student").body())
        .doesNotContain("Equations with brackets");
  }

  @Test
  void anAssignmentCanBeEditedAndAPassedDueDateMayStayWhenOtherFieldsChange() {
    Browser t = teacher();
    t.get(newPath(cedar));
    assertThat(post(t, createPath(cedar), form("Slopes", "", "", List.of("slope-points")), true).statusCode())
        .isEqualTo(303);
    Assignment a = find(cedar, "Slopes");
    assertThat(a.targetMastery()).isEqualTo(0.8); // blank target → the default
    assertThat(a.dueDate()).isNull();

    HttpResponse<String> edit = t.get(editPath(cedar, a.id()));
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).contains("Edit assignment").contains("value=\"Slopes\"").contains("value=\"80\"")
        .contains("id=\"c-slope-points\"").contains("Delete this assignment");
    LocalDate due = today.plusDays(2);
    HttpResponse<String> saved = post(t, savePath(cedar, a.id()),
        form("Slopes and lines", due.toString(), "95", List.of("factor-trinomial", "slope-points")), true);
    assertThat(saved.statusCode()).isEqualTo(303);
    Assignment changed = repo.find(school, cedar, a.id()).orElseThrow();
    assertThat(changed.title()).isEqualTo("Slopes and lines");
    assertThat(changed.dueDate()).isEqualTo(due);
    assertThat(changed.targetMastery()).isEqualTo(0.95);
    assertThat(changed.skillIds()).containsExactly("factor-trinomial", "slope-points");
    assertThat(student(DemoSchool.STUDENTS_PER_CLASS).get("/student").body()).contains("Slopes and lines")
        .contains("target 95% mastery").contains("due " + due);

    // a bad edit changes nothing
    HttpResponse<String> bad = post(t, savePath(cedar, a.id()), form("Slopes and lines", due.toString(), "20",
        List.of("slope-points")), true);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(repo.find(school, cedar, a.id()).orElseThrow()).isEqualTo(changed);

    // the demo's "Week 1 practice" was due a week ago: the title can change without moving the date...
    Assignment week1 = find(cedar, "Week 1 practice");
    assertThat(week1.dueDate()).isBefore(today);
    assertThat(t.get(editPath(cedar, week1.id())).body()).contains("min=\"" + week1.dueDate() + "\"");
    assertThat(post(t, savePath(cedar, week1.id()), form("Week 1 (catch-up)", week1.dueDate().toString(), "80",
        week1.skillIds()), true).statusCode()).isEqualTo(303);
    assertThat(repo.find(school, cedar, week1.id()).orElseThrow().title()).isEqualTo("Week 1 (catch-up)");
    // ...but not to another day in the past
    assertThat(post(t, savePath(cedar, week1.id()), form("Week 1 (catch-up)", week1.dueDate().minusDays(1)
        .toString(), "80", week1.skillIds()), true).statusCode()).isEqualTo(400);
  }

  @Test
  void deletingRemovesTheAssignmentButKeepsTheStudentsWork() {
    Browser t = teacher();
    t.get(newPath(maple));
    assertThat(post(t, createPath(maple), form("To delete", "", "80", List.of("int-add-sub")), true).statusCode())
        .isEqualTo(303);
    Assignment a = find(maple, "To delete");
    Browser student = student(1);
    assertThat(student.get("/student").body()).contains("To delete");
    long studentId = new UserRepository(server.database().jdbi())
        .studentByClassCode("MAPLE7", DemoSchool.username(1)).orElseThrow().account().id();
    var attempts = new AttemptRepository(server.database().jdbi());
    int work = attempts.recentOfStudent(school, studentId, 10_000).size();
    assertThat(work).isPositive();

    t.get(editPath(maple, a.id()));
    assertThat(post(t, savePath(maple, a.id()) + "/delete", List.of(), false).statusCode()).isEqualTo(403);
    HttpResponse<String> r = post(t, savePath(maple, a.id()) + "/delete", List.of(), true);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(repo.find(school, maple, a.id())).isEmpty();
    assertThat(t.get("/teacher/classes/" + maple).body()).doesNotContain("To delete");
    assertThat(student.get("/student").body()).doesNotContain("To delete");
    assertThat(attempts.recentOfStudent(school, studentId, 10_000)).hasSize(work);
    // gone: editing or deleting it again is not found
    assertThat(t.get(editPath(maple, a.id())).statusCode()).isEqualTo(404);
    assertThat(post(t, savePath(maple, a.id()) + "/delete", List.of(), true).statusCode()).isEqualTo(404);
  }

  @Test
  void anotherTeacherTheAdminAndStudentsAreRefusedAndNothingChanges() {
    Assignment theirs = repo.ofClass(school, otherClass).get(0);
    Assignment mine = repo.ofClass(school, maple).get(0);
    int mapleBefore = repo.ofClass(school, maple).size();
    String due = today.plusDays(4).toString();

    Browser other = new Browser(server.port());
    assertThat(other.loginStaff(OTHER_EMAIL, OTHER_PASSWORD).statusCode()).isEqualTo(303);
    other.get(newPath(otherClass)); // their own class works, and gives them a token
    assertThat(other.get(newPath(maple)).statusCode()).isEqualTo(404);
    assertThat(other.get(editPath(maple, mine.id())).statusCode()).isEqualTo(404);
    assertThat(post(other, createPath(maple), form("Sneaky", due, "80", List.of("two-step")), true).statusCode())
        .isEqualTo(404);
    assertThat(post(other, savePath(maple, mine.id()), form("Sneaky", due, "80", List.of("two-step")), true)
        .statusCode()).isEqualTo(404);
    assertThat(post(other, savePath(maple, mine.id()) + "/delete", List.of(), true).statusCode()).isEqualTo(404);
    // their own class's URL with my assignment's id is not found either
    assertThat(post(other, savePath(otherClass, mine.id()) + "/delete", List.of(), true).statusCode())
        .isEqualTo(404);
    assertThat(other.get(editPath(otherClass, mine.id())).statusCode()).isEqualTo(404);

    // the class's own teacher cannot reach another class's assignment through their own class either
    Browser t = teacher();
    assertThat(t.get(editPath(maple, theirs.id())).statusCode()).isEqualTo(404);
    assertThat(post(t, savePath(maple, theirs.id()) + "/delete", List.of(), true).statusCode()).isEqualTo(404);
    assertThat(t.get(editPath(otherClass, theirs.id())).statusCode()).isEqualTo(404);

    Browser admin = new Browser(server.port());
    assertThat(admin.loginStaff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
    String classPage = admin.get("/teacher/classes/" + maple).body();
    assertThat(classPage).contains(mine.title()).doesNotContain("/assignments/new");
    assertThat(admin.get(newPath(maple)).statusCode()).isEqualTo(403);
    assertThat(post(admin, createPath(maple), form("Admin", due, "80", List.of("two-step")), true).statusCode())
        .isEqualTo(403);
    assertThat(post(admin, savePath(maple, mine.id()) + "/delete", List.of(), true).statusCode()).isEqualTo(403);

    Browser ava = student(0);
    assertThat(ava.get(newPath(maple)).statusCode()).isEqualTo(403);
    ava.get("/student");
    assertThat(post(ava, createPath(maple), form("Student", due, "80", List.of("two-step")), true).statusCode())
        .isEqualTo(403);
    assertThat(post(ava, savePath(maple, mine.id()) + "/delete", List.of(), true).statusCode()).isEqualTo(403);

    assertThat(new Browser(server.port()).get(newPath(maple)).statusCode()).isEqualTo(302);
    assertThat(repo.ofClass(school, maple)).hasSize(mapleBefore);
    assertThat(repo.find(school, maple, mine.id())).contains(mine);
    assertThat(repo.find(school, otherClass, theirs.id())).contains(theirs);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  Browser teacher() {
    Browser b = new Browser(server.port());
    assertThat(b.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD).statusCode()).isEqualTo(303);
    return b;
  }

  /** The i-th demo student (the first 15 are in MAPLE7, the next 15 in CEDAR8). */
  Browser student(int i) {
    Browser b = new Browser(server.port());
    String code = DemoSchool.CLASS_CODES.get(i / DemoSchool.STUDENTS_PER_CLASS);
    assertThat(b.loginStudent(code, DemoSchool.username(i), DemoSchool.STUDENT_PASSWORD).statusCode())
        .isEqualTo(303);
    return b;
  }

  private Assignment find(long classId, String title) {
    return repo.ofClass(school, classId).stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow();
  }

  static String newPath(long classId) {
    return "/teacher/classes/" + classId + "/assignments/new";
  }

  static String createPath(long classId) {
    return "/teacher/classes/" + classId + "/assignments";
  }

  static String editPath(long classId, long id) {
    return "/teacher/classes/" + classId + "/assignments/" + id + "/edit";
  }

  static String savePath(long classId, long id) {
    return "/teacher/classes/" + classId + "/assignments/" + id;
  }

  /** The skill ids offered as search results, in page order. */
  static List<String> results(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = RESULT.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The class page's table row of one assignment. */
  static String row(String page, long id) {
    int start = page.indexOf("<tr id=\"assignment-" + id + "\"");
    assertThat(start).as("row of assignment " + id).isNotNegative();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  /** 21 distinct skills of the course that have practice items. */
  private static List<String> course21() {
    var course = org.stepwise.content.ContentLoader.loadBundled();
    return course.skills().topologicalOrder().stream().filter(k -> !course.templatesOf(k).isEmpty()).limit(21)
        .toList();
  }

  static List<String[]> form(String title, String due, String target, List<String> skills) {
    List<String[]> f = new ArrayList<>();
    f.add(new String[] {"title", title});
    f.add(new String[] {"due", due});
    f.add(new String[] {"target", target});
    skills.forEach(s -> f.add(new String[] {"skill", s}));
    return f;
  }

  /** A form post as the browser sends it: the session cookie and, if asked, the token of the last page seen. */
  HttpResponse<String> post(Browser b, String path, List<String[]> fields, boolean withCsrf) {
    List<String[]> all = new ArrayList<>(fields);
    if (withCsrf) {
      all.add(new String[] {"_csrf", b.lastCsrf()});
    }
    String body = all.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Cookie", "stepwise_session=" + b.sessionCookie())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
