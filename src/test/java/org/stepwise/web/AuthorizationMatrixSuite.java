package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.math.MathEngine;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.classroom.NewAttempt;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.Verdict;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;

/**
 * Every route × role × owner: each actor asks for each protected resource, and gets it exactly when the policy
 * says so. Allowed answers must contain the resource's marker text; refused answers must not leak it.
 *
 * <p>Policy: a student sees only their own data and no teacher page; a teacher sees their own classes and the
 * students enrolled in them; a school admin sees every class and student of their school; nobody sees another
 * school's data; an anonymous caller is sent to sign in (pages) or gets 401 (API).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorizationMatrixSuite {
  private static final String PW = "matrix-pass-2026";

  /** A student or class someone may ask about, with text that appears only when it is shown. */
  record Target(String name, long id, String marker, String ownerTeacher, long schoolId) {}

  /** Someone signed in (or not): how to sign in, and whom they are. */
  record Actor(String name, Role role, long userId, long schoolId, String login, String classCode) {}

  TestDatabases.Fresh fresh;
  WebServer server;
  final Map<String, Target> students = new LinkedHashMap<>();
  final Map<String, Target> classes = new LinkedHashMap<>();
  final List<Actor> actors = new ArrayList<>();
  final Map<String, Long> teacherIds = new LinkedHashMap<>();
  /** Usernames of the student targets: the student data pages show them (the error pages never do). */
  final Map<String, String> usernames = new LinkedHashMap<>();
  /** class name → that class's assignment (its marker is the assignment's title). */
  final Map<String, Target> assignments = new LinkedHashMap<>();

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void setUp() {
    fresh = freshDatabase();
    server = WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8), new EngineAnswerJudge(MathEngine.standard()),
        new LoginRateLimiter(100, 10_000, Duration.ofMinutes(5), java.time.Clock.systemUTC()));
    var jdbi = server.database().jdbi();
    var users = new UserRepository(jdbi);
    var classRepo = new ClassRepository(jdbi);
    Instant now = Instant.now();
    String hash = Passwords.hash(PW);

    long demo = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account().schoolId();
    long teacher1 = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account().id();
    long admin1 = users.staffByEmail(DemoSchool.ADMIN_EMAIL).orElseThrow().account().id();
    long class1 = classRepo.ofTeacher(demo, teacher1).stream()
        .filter(c -> c.classCode().equals(DemoSchool.CLASS_CODES.get(0))).findFirst().orElseThrow().id();
    long studentA = users.studentByClassCode(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(0))
        .orElseThrow().account().id();
    long studentB = users.studentByClassCode(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(1))
        .orElseThrow().account().id();

    // a second teacher in the same school, with their own class and student
    long teacher2 = users.create(demo, Role.TEACHER, "second.teacher@demo.school", null, "Mx Second", hash, now);
    long class2 = classRepo.create(demo, teacher2, "Second Teacher Class", "SECOND1", now);
    long student2 = users.create(demo, Role.STUDENT, null, "sam.second", "Sam Secondclass", hash, now);
    classRepo.enrol(class2, student2, now);

    // another school entirely
    long river = new SchoolRepository(jdbi).create("Riverside High", now);
    long teacher4 = users.create(river, Role.TEACHER, "teacher@river.school", null, "Mr River", hash, now);
    long class4 = classRepo.create(river, teacher4, "Riverside Algebra", "RIVER1", now);
    long student4 = users.create(river, Role.STUDENT, null, "rita.river", "Rita Riverside", hash, now);
    classRepo.enrol(class4, student4, now);
    long admin4 = users.create(river, Role.SCHOOL_ADMIN, "admin@river.school", null, "Ms River Admin", hash, now);

    teacherIds.put("teacher1", teacher1);
    teacherIds.put("teacher2", teacher2);
    teacherIds.put("teacher4", teacher4);
    students.put("studentA", new Target("studentA", studentA, "MARKER-STUDENT-A", "teacher1", demo));
    students.put("student2", new Target("student2", student2, "MARKER-STUDENT-2", "teacher2", demo));
    students.put("student4", new Target("student4", student4, "MARKER-STUDENT-4", "teacher4", river));
    usernames.put("studentA", DemoSchool.username(0));
    usernames.put("student2", "sam.second");
    usernames.put("student4", "rita.river");
    classes.put("class1", new Target("class1", class1, DemoSchool.CLASS_NAMES.get(0), "teacher1", demo));
    classes.put("class2", new Target("class2", class2, "Second Teacher Class", "teacher2", demo));
    classes.put("class4", new Target("class4", class4, "Riverside Algebra", "teacher4", river));

    // one assignment per class, for the assignment routes (the title is the marker)
    var assignmentRepo = new AssignmentRepository(jdbi);
    for (Target c : classes.values()) {
      String title = "MARKER-ASSIGNMENT-" + c.name();
      long id = assignmentRepo.create(c.id(), title, null, 0.8, List.of("int-add-sub"), now);
      assignments.put(c.name(), new Target(c.name() + "-assignment", id, title, c.ownerTeacher(), c.schoolId()));
    }

    var attempts = new AttemptRepository(jdbi);
    var mastery = new MasteryRepository(jdbi);
    for (Target t : students.values()) {
      attempts.insert(new NewAttempt(t.schoolId(), t.id(), "int-add-sub", 1, "Statement " + t.marker(),
          "1", Verdict.INCORRECT, null, 0, now));
      mastery.insertAll(List.of(new MasteryRepository.Snapshot(t.schoolId(), t.id(),
          "marker-" + t.marker().toLowerCase(), 0.5, now)));
    }

    actors.add(new Actor("anonymous", null, 0, 0, null, null));
    actors.add(new Actor("studentA", Role.STUDENT, studentA, demo, DemoSchool.username(0), DemoSchool.CLASS_CODES.get(0)));
    actors.add(new Actor("studentB", Role.STUDENT, studentB, demo, DemoSchool.username(1), DemoSchool.CLASS_CODES.get(0)));
    actors.add(new Actor("teacher1", Role.TEACHER, teacher1, demo, DemoSchool.TEACHER_EMAIL, null));
    actors.add(new Actor("teacher2", Role.TEACHER, teacher2, demo, "second.teacher@demo.school", null));
    actors.add(new Actor("admin1", Role.SCHOOL_ADMIN, admin1, demo, DemoSchool.ADMIN_EMAIL, null));
    actors.add(new Actor("teacher4", Role.TEACHER, teacher4, river, "teacher@river.school", null));
    actors.add(new Actor("admin4", Role.SCHOOL_ADMIN, admin4, river, "admin@river.school", null));
  }

  @AfterAll
  void tearDown() {
    if (server != null) {
      server.close();
    }
    if (fresh != null) {
      fresh.drop().run();
    }
  }

  /** A protected route about one kind of target, and who may use it on which target. */
  record Route(String pattern, boolean api, BiPredicate<Actor, Target> allowed) {}

  private boolean seesStudent(Actor a, Target s) {
    if (a.role() == null || a.schoolId() != s.schoolId()) {
      return false;
    }
    return switch (a.role()) {
      case STUDENT -> a.userId() == s.id();
      case TEACHER -> teacherIds.get(s.ownerTeacher()) == a.userId();
      case SCHOOL_ADMIN -> true;
    };
  }

  private boolean seesClass(Actor a, Target c) {
    if (a.role() == null || a.role() == Role.STUDENT || a.schoolId() != c.schoolId()) {
      return false;
    }
    return a.role() == Role.SCHOOL_ADMIN || teacherIds.get(c.ownerTeacher()) == a.userId();
  }

  private boolean setsWork(Actor a, Target c) {
    return a.role() == Role.TEACHER && seesClass(a, c);
  }

  @TestFactory
  List<DynamicTest> everyRouteRoleAndOwner() {
    List<Route> studentRoutes = List.of(
        new Route("/teacher/students/%d", false, (a, s) -> a.role() != Role.STUDENT && seesStudent(a, s)),
        new Route("/api/students/%d/attempts", true, this::seesStudent),
        new Route("/api/students/%d/mastery", true, this::seesStudent));
    Route classRoute = new Route("/teacher/classes/%d", false, this::seesClass);
    // class setup (issue 7): printable cards for whoever sees the class, the add-students form for its teacher only
    List<Route> classSetupRoutes = List.of(
        new Route("/teacher/classes/%d/cards", false, this::seesClass),
        new Route("/teacher/classes/%d/students/new", false, (a, c) -> a.role() == Role.TEACHER && seesClass(a, c)));
    // assignments are set by the class's own teacher only; a school admin sees them on the class page
    Route newAssignmentRoute = new Route("/teacher/classes/%d/assignments/new", false, this::setsWork);
    List<DynamicTest> tests = new ArrayList<>();
    for (Actor actor : actors) {
      for (Route route : studentRoutes) {
        for (Target s : students.values()) {
          tests.add(case_(actor, route, s, route.pattern().contains("mastery")
              ? "marker-" + s.marker().toLowerCase() : route.api() ? "Statement " + s.marker() : null));
        }
      }
      for (Target c : classes.values()) {
        tests.add(case_(actor, classRoute, c, c.marker()));
        for (Route route : classSetupRoutes) {
          tests.add(case_(actor, route, c, c.marker()));
        }
        tests.add(case_(actor, newAssignmentRoute, c, c.marker()));
        Target a = assignments.get(c.name());
        tests.add(case_(actor, new Route("/teacher/classes/" + c.id() + "/assignments/%d/edit", false,
            (x, t) -> setsWork(x, c)), a, a.marker()));
      }
      // student data requests (StudentDataRoutes): the export carries the attempts, the pages the username
      for (Target s : students.values()) {
        tests.add(case_(actor, new Route("/teacher/students/%d/export.json", false,
            (a, t) -> a.role() != Role.STUDENT && seesStudent(a, t)), s, "Statement " + s.marker()));
        tests.add(case_(actor, new Route("/teacher/students/%d/data", false,
            (a, t) -> a.role() != Role.STUDENT && seesStudent(a, t)), s, usernames.get(s.name())));
        tests.add(case_(actor, new Route("/admin/students/%d/delete", false,
            (a, t) -> a.role() == Role.SCHOOL_ADMIN && seesStudent(a, t)), s, usernames.get(s.name())));
      }
    }
    return tests;
  }

  private DynamicTest case_(Actor actor, Route route, Target target, String marker) {
    String path = route.pattern().formatted(target.id());
    boolean allowed = route.allowed().test(actor, target);
    return DynamicTest.dynamicTest(actor.name() + " GET " + route.pattern() + " of " + target.name() + " → "
        + (allowed ? "allowed" : "refused"), () -> {
          Browser b = signIn(actor);
          HttpResponse<String> r = b.get(path);
          String expectText = marker != null ? marker : "Statement " + target.marker();
          if (allowed) {
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).contains(expectText);
          } else {
            assertThat(r.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(r.body()).doesNotContain(target.marker()).doesNotContain(expectText);
          }
        });
  }

  @TestFactory
  List<DynamicTest> roleAreasAreKeptToTheirRoles() {
    Map<String, Set<Role>> areas = Map.of(
        "/student", Set.of(Role.STUDENT),
        "/student/practice/int-add-sub", Set.of(Role.STUDENT),
        "/student/check-work", Set.of(Role.STUDENT),
        "/teacher", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN),
        "/admin", Set.of(Role.SCHOOL_ADMIN));
    List<DynamicTest> tests = new ArrayList<>();
    for (Actor actor : actors) {
      areas.forEach((path, roles) -> tests.add(DynamicTest.dynamicTest(actor.name() + " GET " + path, () -> {
        HttpResponse<String> r = signIn(actor).get(path);
        if (actor.role() == null) {
          assertThat(r.statusCode()).isEqualTo(302);
        } else if (roles.contains(actor.role())) {
          assertThat(r.statusCode()).isEqualTo(200);
        } else {
          assertThat(r.statusCode()).isEqualTo(403);
        }
      })));
      tests.add(DynamicTest.dynamicTest(actor.name() + " POST /api/attempts", () -> {
        Browser b = signIn(actor);
        String token = actor.role() == null ? "none" : b.apiCsrf();
        HttpResponse<String> r = b.postJson("/api/attempts",
            TestItems.of("int-add-sub", 3).json("-1"), token);
        if (actor.role() == null) {
          assertThat(r.statusCode()).isIn(401, 403);
        } else if (actor.role() == Role.STUDENT) {
          assertThat(r.statusCode()).isEqualTo(201);
        } else {
          assertThat(r.statusCode()).isEqualTo(403);
        }
      }));
    }
    return tests;
  }

  /**
   * POST of the deletion form with a wrong confirmation, by everyone about everyone: the student's own school admin
   * gets the form back (400), other roles 403, another school's admin 404; nobody deletes anything.
   */
  @TestFactory
  List<DynamicTest> deletingAStudentIsForTheirOwnSchoolAdminOnly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Actor actor : actors) {
      for (Target s : students.values()) {
        int expected = actor.role() != Role.SCHOOL_ADMIN ? 403 : actor.schoolId() != s.schoolId() ? 404 : 400;
        tests.add(DynamicTest.dynamicTest(actor.name() + " POST /admin/students/{id}/delete of " + s.name() + " → "
            + expected, () -> {
              Browser b = signIn(actor);
              String token = actor.role() == null ? "none" : b.apiCsrf();
              HttpResponse<String> r = b.postForm("/admin/students/" + s.id() + "/delete",
                  Map.of("confirm", "not-the-username", "_csrf", token));
              assertThat(r.statusCode()).isEqualTo(expected);
              if (expected != 400) {
                assertThat(r.body()).doesNotContain(usernames.get(s.name())).doesNotContain(s.marker());
              }
              assertThat(new UserRepository(server.database().jdbi()).find(s.schoolId(), s.id())).isPresent();
            }));
      }
    }
    return tests;
  }

  /** A class-setup write, and the status its allowed callers get (the writes below change nothing when allowed). */
  record Write(String pattern, Map<String, String> fields, int allowedStatus) {}

  /**
   * Class setup writes (issue 7): only the class's own teacher; everyone else is refused before anything happens
   * (anonymous and without a token: 403 CSRF; students and admins: 403; other teachers and schools: 404). The
   * allowed cases are chosen not to change anything: an invalid student (400 after the ownership check) and
   * restoring a class that is not archived (303).
   */
  @TestFactory
  List<DynamicTest> classSetupWritesOnlyForTheClassesOwnTeacher() {
    List<Write> writes = List.of(
        new Write("/teacher/classes/%d/students", Map.of("displayName", " ", "username", ""), 400),
        new Write("/teacher/classes/%d/students/list", Map.of("students", "Bad, one, two"), 400),
        new Write("/teacher/classes/%d/unarchive", Map.of(), 303));
    List<DynamicTest> tests = new ArrayList<>();
    for (Actor actor : actors) {
      for (Target c : classes.values()) {
        for (Write w : writes) {
          String path = w.pattern().formatted(c.id());
          boolean allowed = actor.role() == Role.TEACHER && seesClass(actor, c);
          tests.add(DynamicTest.dynamicTest(actor.name() + " POST " + w.pattern() + " of " + c.name() + " → "
              + (allowed ? "allowed" : "refused"), () -> {
                Browser b = signIn(actor);
                if (actor.role() != null) {
                  b.get(actor.role() == Role.STUDENT ? "/student" : "/teacher"); // this session's CSRF token
                }
                HttpResponse<String> r = b.submit(path, w.fields());
                if (allowed) {
                  assertThat(r.statusCode()).as(path).isEqualTo(w.allowedStatus());
                } else {
                  assertThat(r.statusCode()).as(path).isIn(403, 404);
                  assertThat(r.body()).doesNotContain(c.marker());
                }
              }));
        }
      }
      tests.add(DynamicTest.dynamicTest(actor.name() + " POST /teacher/classes", () -> {
        Browser b = signIn(actor);
        if (actor.role() != null) {
          b.get(actor.role() == Role.STUDENT ? "/student" : "/teacher");
        }
        // a blank name: a teacher gets as far as the validation (400), nobody else gets that far
        HttpResponse<String> r = b.submit("/teacher/classes", Map.of("name", " "));
        assertThat(r.statusCode()).isEqualTo(actor.role() == Role.TEACHER ? 400 : 403);
      }));
    }
    return tests;
  }

  @Test
  void aStudentCannotWriteAnAttemptIntoAnotherStudentsRecord() {
    Actor a = actors.stream().filter(x -> x.name().equals("studentA")).findFirst().orElseThrow();
    Target other = students.get("student2");
    Browser b = signIn(a);
    var repo = new AttemptRepository(server.database().jdbi());
    int otherBefore = repo.recentOfStudent(other.schoolId(), other.id(), 1000).size();
    String json = TestItems.of("int-add-sub", 5).json("1")
        .replace("{", "{\"studentId\":" + other.id() + ",\"schoolId\":" + other.schoolId() + ",");
    HttpResponse<String> r = b.postJson("/api/attempts", json, b.apiCsrf());
    assertThat(r.statusCode()).isEqualTo(201);
    long id = Long.parseLong(HttpSuite.match(r.body(), "\"id\":(\\d+)"));
    var stored = repo.find(a.schoolId(), id).orElseThrow();
    assertThat(stored.studentId()).isEqualTo(a.userId());
    assertThat(repo.recentOfStudent(other.schoolId(), other.id(), 1000)).hasSize(otherBefore);
  }

  private final Map<String, Browser> signedIn = new java.util.concurrent.ConcurrentHashMap<>();

  private Browser signIn(Actor actor) {
    return signedIn.computeIfAbsent(actor.name(), k -> {
      Browser b = new Browser(server.port());
      if (actor.role() == null) {
        return b;
      }
      HttpResponse<String> r;
      if (actor.role() == Role.STUDENT) {
        String pw = actor.classCode().equals(DemoSchool.CLASS_CODES.get(0)) ? DemoSchool.STUDENT_PASSWORD : PW;
        r = b.loginStudent(actor.classCode(), actor.login(), pw);
      } else {
        String pw = actor.login().equals(DemoSchool.TEACHER_EMAIL) ? DemoSchool.TEACHER_PASSWORD
            : actor.login().equals(DemoSchool.ADMIN_EMAIL) ? DemoSchool.ADMIN_PASSWORD : PW;
        r = b.loginStaff(actor.login(), pw);
      }
      assertThat(r.statusCode()).as("sign-in of " + actor.name()).isEqualTo(303);
      return b;
    });
  }
}
