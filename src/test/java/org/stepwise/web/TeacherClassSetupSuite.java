package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.store.UserRepository;

/**
 * Class setup through HTTP against a running server, as a teacher's browser does it: create a class, add students
 * one at a time and as a pasted list (all or nothing), print login cards, reset a password, take a student out,
 * archive and restore; and who may not do any of it (another teacher, an admin, a student, a form without its
 * CSRF token, a list past the limits).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TeacherClassSetupSuite {
  static final String OTHER_EMAIL = "second.setup@demo.school";
  static final String OTHER_PASSWORD = "second-setup-2026";
  /** A login card with its password: username then password, as the card lists them. */
  private static final Pattern FRESH_CARD = Pattern.compile("<dt>Username</dt><dd class=\"code\">([^<]+)</dd>\\s*"
      + "<dt>Password</dt><dd class=\"code lc-password\">([a-z]+-[a-z]+-[0-9]{2})</dd>");
  private static final Pattern CODE = Pattern.compile("Class code <strong class=\"code\">([A-Z0-9]+)</strong>");

  TestServer running;
  WebServer server;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void startServer() {
    running = TestServer.start(freshDatabase(), 1000);
    server = running.server();
    var users = new UserRepository(server.database().jdbi());
    long school = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account().schoolId();
    users.create(school, Role.TEACHER, OTHER_EMAIL, null, "Mx Second", Passwords.hash(OTHER_PASSWORD),
        Instant.now());
  }

  @AfterAll
  void stopServer() {
    if (running != null) {
      running.close();
    }
  }

  // ---- create -----------------------------------------------------------------------------------------------

  @Test
  void aCreatedClassAppearsOnTheHomePageWithItsOwnFreshCode() {
    Browser t = teacher();
    long id = createClass(t, "Room 12 Maths");
    String home = t.get("/teacher").body();
    assertThat(home).contains("<h2 id=\"c-" + id + "\"><a href=\"/teacher/classes/" + id + "\">Room 12 Maths</a>");
    String code = classCode(t, id);
    assertThat(code).matches("[A-HJ-NP-Z2-9]{6}").isNotIn(DemoSchool.CLASS_CODES);
    long second = createClass(t, "Room 12 Maths");
    assertThat(classCode(t, second)).isNotEqualTo(code);
  }

  @Test
  void aClassNameMustBeGivenAndShort() {
    Browser t = teacher();
    int before = count(t.get("/teacher").body(), "<h2 id=\"c-");
    HttpResponse<String> blank = t.submit("/teacher/classes", Map.of("name", "   "));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("Give the class a name.");
    HttpResponse<String> tooLong = t.submit("/teacher/classes", Map.of("name", "x".repeat(101)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("at most 100 characters");
    assertThat(t.submit("/teacher/classes", Map.of("name", "x".repeat(100))).statusCode()).isEqualTo(303);
    assertThat(count(t.get("/teacher").body(), "<h2 id=\"c-")).isEqualTo(before + 1);
  }

  // ---- add students -----------------------------------------------------------------------------------------

  @Test
  void addingOneStudentShowsTheirCardOnceAndTheyCanSignIn() {
    Browser t = teacher();
    long id = createClass(t, "One by one");
    String code = classCode(t, id);
    HttpResponse<String> r = t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Mira Kowalski",
        "username", ""));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(r.body()).contains("Mira Kowalski").contains(DemoSchool.SCHOOL_NAME).contains(code)
        .contains("Print these cards now");
    Map<String, String> cards = cards(r.body());
    assertThat(cards).containsOnlyKeys("mira.k");
    assertThat(signIn(code, "mira.k", cards.get("mira.k"))).isEqualTo(303);

    // a second Mira K. gets a username of her own; a chosen username is kept (in lower case)
    Map<String, String> second = cards(t.submit("/teacher/classes/" + id + "/students",
        Map.of("displayName", "Mira Kent", "username", "")).body());
    assertThat(second).containsOnlyKeys("mira.k2");
    Map<String, String> chosen = cards(t.submit("/teacher/classes/" + id + "/students",
        Map.of("displayName", "Jo March", "username", "Jo.M")).body());
    assertThat(chosen).containsOnlyKeys("jo.m");
    assertThat(signIn(code, "jo.m", chosen.get("jo.m"))).isEqualTo(303);

    // the cards page afterwards: every student, no password
    String later = t.get("/teacher/classes/" + id + "/cards").body();
    assertThat(later).contains("mira.k").contains("mira.k2").contains("jo.m").contains("ask your teacher")
        .doesNotContain(cards.get("mira.k")).doesNotContain(chosen.get("jo.m")).doesNotContain("lc-password");
  }

  @Test
  void sendingTheSameAddFormAgainAddsNobodyTwice() {
    Browser t = teacher();
    long id = createClass(t, "Reload");
    String form = t.get("/teacher/classes/" + id + "/students/new").body();
    Matcher m = Pattern.compile("name=\"formId\" value=\"([A-Za-z0-9_-]+-2)\"").matcher(form);
    assertThat(m.find()).as("the list form carries a one-time id").isTrue();
    Map<String, String> fields = Map.of("students", "Ana Lima\nBo Chen", "formId", m.group(1));
    HttpResponse<String> first = t.submit("/teacher/classes/" + id + "/students/list", fields);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(cards(first.body())).hasSize(2);
    // the browser sends it again (reload of the cards page): refused, nobody new
    HttpResponse<String> again = t.submit("/teacher/classes/" + id + "/students/list", fields);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already added").doesNotContain("lc-password");
    assertThat(studentIds(t, id)).hasSize(2);
    // a refused submission (a taken username) gives its id back, so the corrected list can be sent with it
    String next = t.get("/teacher/classes/" + id + "/students/new").body();
    Matcher m2 = Pattern.compile("name=\"formId\" value=\"([A-Za-z0-9_-]+-2)\"").matcher(next);
    assertThat(m2.find()).isTrue();
    assertThat(m2.group(1)).isNotEqualTo(m.group(1));
    HttpResponse<String> taken = t.submit("/teacher/classes/" + id + "/students/list",
        Map.of("students", "Cy Dunn, " + DemoSchool.username(0), "formId", m2.group(1)));
    assertThat(taken.statusCode()).isEqualTo(400);
    HttpResponse<String> fixed = t.submit("/teacher/classes/" + id + "/students/list",
        Map.of("students", "Cy Dunn", "formId", m2.group(1)));
    assertThat(fixed.statusCode()).isEqualTo(200);
    assertThat(studentIds(t, id)).hasSize(3);
  }

  @Test
  void aStudentWithoutANameOrWithATakenUsernameIsRefused() {
    Browser t = teacher();
    long id = createClass(t, "Refusals");
    HttpResponse<String> blank = t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", " ",
        "username", "x"));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("Nobody was added").contains("The name is missing.");
    HttpResponse<String> taken = t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Ava Again",
        "username", DemoSchool.username(0)));
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("The username '" + DemoSchool.username(0) + "' is already used in this school")
        .contains("value=\"Ava Again\"");
    assertThat(studentIds(t, id)).isEmpty();
  }

  @Test
  void aPastedListWithBadLinesListsEveryProblemAndCreatesNobody() {
    Browser t = teacher();
    long id = createClass(t, "Pasted badly");
    String code = classCode(t, id);
    String list = "Ada Lovelace\n\nBob Stone, bad name!\nCy Young, cy.young\nDee Dee, cy.young\n, lonely\n"
        + "Eve Moss, a, b\nFay Fox, " + DemoSchool.username(1) + "\n";
    HttpResponse<String> r = t.submit("/teacher/classes/" + id + "/students/list", Map.of("students", list));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("role=\"alert\"").contains("Nobody was added: 4 problems")
        .contains("Line 3: the username 'bad name!'").contains("Line 5: username 'cy.young' is also on line 4")
        .contains("Line 6: the name is missing").contains("Line 7: use at most one comma")
        .contains("Ada Lovelace\n"); // the list comes back to be fixed
    assertThat(studentIds(t, id)).isEmpty();
    assertThat(signIn(code, "ada.l", "whatever-12")).isEqualTo(401);

    // the lines are all well-formed, but one username is taken in the school: still nobody
    HttpResponse<String> taken = t.submit("/teacher/classes/" + id + "/students/list",
        Map.of("students", "Ada Lovelace\nFay Fox, " + DemoSchool.username(1) + "\n"));
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("Line 2: the username '" + DemoSchool.username(1) + "' is already used");
    assertThat(studentIds(t, id)).isEmpty();
  }

  @Test
  void aGoodPastedListCreatesEveryStudentAndEachSignsInWithTheShownPassword() {
    Browser t = teacher();
    long id = createClass(t, "Pasted well");
    String code = classCode(t, id);
    HttpResponse<String> r = t.submit("/teacher/classes/" + id + "/students/list",
        Map.of("students", "Ada Lovelace\r\n  Alan Turing, alan.t \r\n\r\nZoë Weiß\r\nBo\r\n"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Ada Lovelace").contains("Zoë Weiß").contains(code);
    Map<String, String> cards = cards(r.body());
    assertThat(cards).containsOnlyKeys("ada.l", "alan.t", "zoe.w", "bo");
    assertThat(new java.util.HashSet<>(cards.values())).hasSize(4);
    cards.forEach((user, password) -> assertThat(signIn(code, user, password)).as(user).isEqualTo(303));
    assertThat(studentIds(t, id)).hasSize(4);
  }

  @Test
  void anOversizedListIsRefusedWholeAndCreatesNobody() {
    Browser t = teacher();
    long id = createClass(t, "Big lists");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < TeacherClassRoutes.MAX_LIST_LINES + 1; i++) {
      many.append("Kid Number").append(i).append('\n');
    }
    HttpResponse<String> tooMany = t.submit("/teacher/classes/" + id + "/students/list",
        Map.of("students", many.toString()));
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("The list has 201 students; add at most 200");
    String big = ("Kid " + "x".repeat(90) + "\n").repeat(TeacherClassRoutes.MAX_LIST_BYTES / 95 + 1);
    HttpResponse<String> tooBig = t.submit("/teacher/classes/" + id + "/students/list", Map.of("students", big));
    assertThat(tooBig.statusCode()).isEqualTo(413);
    assertThat(tooBig.body()).contains("larger than 20 kB");
    // past the server's request limit the body is not even read
    HttpResponse<String> huge = t.submit("/teacher/classes/" + id + "/students/list",
        Map.of("students", "x".repeat(100_000)));
    assertThat(huge.statusCode()).isEqualTo(413);
    HttpResponse<String> longName = t.submit("/teacher/classes/" + id + "/students",
        Map.of("displayName", "n".repeat(101), "username", ""));
    assertThat(longName.statusCode()).isEqualTo(400);
    assertThat(longName.body()).contains("longer than 100 characters");
    assertThat(studentIds(t, id)).isEmpty();
  }

  // ---- passwords, removal, archive --------------------------------------------------------------------------

  @Test
  void aPasswordResetShowsANewPasswordOnceEndsTheStudentsSessionsAndTheOldPasswordFails() {
    Browser t = teacher();
    long id = createClass(t, "Resets");
    String code = classCode(t, id);
    String old = cards(t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Rex Reset",
        "username", "")).body()).get("rex.r");
    Browser rex = new Browser(server.port());
    assertThat(rex.loginStudent(code, "rex.r", old).statusCode()).isEqualTo(303);
    assertThat(rex.get("/student").statusCode()).isEqualTo(200);

    long student = studentIds(t, id).getFirst();
    HttpResponse<String> r = t.submit("/teacher/classes/" + id + "/students/" + student + "/password", Map.of());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    String now = cards(r.body()).get("rex.r");
    assertThat(now).isNotNull().isNotEqualTo(old);

    assertThat(rex.get("/student").statusCode()).isEqualTo(302); // signed out
    assertThat(signIn(code, "rex.r", old)).isEqualTo(401);
    assertThat(signIn(code, "rex.r", now)).isEqualTo(303);
  }

  @Test
  void archivingStopsTheCodeKeepsEverythingAndRestoringBringsItBack() {
    Browser t = teacher();
    long id = createClass(t, "To archive");
    String code = classCode(t, id);
    String pw = cards(t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Arch Ive",
        "username", "")).body()).get("arch.i");
    assertThat(signIn(code, "arch.i", pw)).isEqualTo(303);
    Browser student = new Browser(server.port());
    assertThat(student.loginStudent(code, "arch.i", pw).statusCode()).isEqualTo(303);
    assertThat(student.get("/student").statusCode()).isEqualTo(200);

    HttpResponse<String> archive = t.submit("/teacher/classes/" + id + "/archive", Map.of());
    assertThat(archive.statusCode()).isEqualTo(303);
    assertThat(archive.headers().firstValue("Location")).hasValue("/teacher");
    String home = t.get("/teacher").body();
    assertThat(home).doesNotContain("<h2 id=\"c-" + id + "\"").contains("<h2 id=\"archived-h\">Archived</h2>")
        .contains("<li id=\"archived-" + id + "\"><a href=\"/teacher/classes/" + id + "\">To archive</a>")
        .contains("action=\"/teacher/classes/" + id + "/unarchive\"");
    assertThat(signIn(code, "arch.i", pw)).isEqualTo(401);
    // the class was this student's only one: the session they had is over too
    assertThat(student.get("/student").statusCode()).isNotEqualTo(200);
    // nothing deleted: the class and its student are still there, but no one can be added
    String page = t.get("/teacher/classes/" + id).body();
    assertThat(page).contains("Arch Ive").contains("This class is archived").contains("Restore this class");
    assertThat(t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Late Comer",
        "username", "")).statusCode()).isEqualTo(400);
    assertThat(t.submit("/teacher/classes/" + id + "/students/list", Map.of("students", "Late Comer"))
        .statusCode()).isEqualTo(400);

    HttpResponse<String> restore = t.submit("/teacher/classes/" + id + "/unarchive", Map.of());
    assertThat(restore.statusCode()).isEqualTo(303);
    assertThat(t.get("/teacher").body()).contains("<h2 id=\"c-" + id + "\"")
        .doesNotContain("<li id=\"archived-" + id + "\"");
    assertThat(signIn(code, "arch.i", pw)).isEqualTo(303);
  }

  @Test
  void removingAStudentFromAClassKeepsTheAccountButNotTheClassSignIn() {
    Browser t = teacher();
    long id = createClass(t, "Leavers");
    String code = classCode(t, id);
    String pw = cards(t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Lee Ver",
        "username", "")).body()).get("lee.v");
    long student = studentIds(t, id).getFirst();
    HttpResponse<String> r = t.submit("/teacher/classes/" + id + "/students/" + student + "/remove", Map.of());
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(studentIds(t, id)).isEmpty();
    assertThat(signIn(code, "lee.v", pw)).isEqualTo(401);
    long school = new UserRepository(server.database().jdbi()).staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow()
        .account().schoolId();
    assertThat(new UserRepository(server.database().jdbi()).find(school, student)).isPresent();
    // removing again: not enrolled any more
    assertThat(t.submit("/teacher/classes/" + id + "/students/" + student + "/remove", Map.of()).statusCode())
        .isEqualTo(404);
  }

  // ---- who may not ------------------------------------------------------------------------------------------

  @Test
  void anotherTeacherAnAdminAStudentAndAFormWithoutItsTokenAreRefusedOnEveryRoute() {
    Browser t = teacher();
    long id = createClass(t, "Private class");
    cards(t.submit("/teacher/classes/" + id + "/students", Map.of("displayName", "Pri Vate", "username", ""))
        .body());
    long student = studentIds(t, id).getFirst();
    Map<String, Map<String, String>> posts = new LinkedHashMap<>();
    posts.put("/teacher/classes/" + id + "/students", Map.of("displayName", "Intruder Kid", "username", ""));
    posts.put("/teacher/classes/" + id + "/students/list", Map.of("students", "Intruder Kid"));
    posts.put("/teacher/classes/" + id + "/students/" + student + "/password", Map.of());
    posts.put("/teacher/classes/" + id + "/students/" + student + "/remove", Map.of());
    posts.put("/teacher/classes/" + id + "/archive", Map.of());
    posts.put("/teacher/classes/" + id + "/unarchive", Map.of());
    List<String> gets = List.of("/teacher/classes/" + id + "/students/new", "/teacher/classes/" + id + "/cards");

    Browser other = new Browser(server.port());
    assertThat(other.loginStaff(OTHER_EMAIL, OTHER_PASSWORD).statusCode()).isEqualTo(303);
    other.get("/teacher");
    Browser admin = new Browser(server.port());
    assertThat(admin.loginStaff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
    admin.get("/admin");
    Browser kid = new Browser(server.port());
    assertThat(kid.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(0), DemoSchool.STUDENT_PASSWORD)
        .statusCode()).isEqualTo(303);
    kid.get("/student");

    for (String path : gets) {
      HttpResponse<String> r = other.get(path);
      assertThat(r.statusCode()).as("other teacher GET " + path).isEqualTo(404);
      assertThat(r.body()).doesNotContain("Private class").doesNotContain("Pri Vate");
      assertThat(kid.get(path).statusCode()).as("student GET " + path).isEqualTo(403);
    }
    // a school admin may look at the cards (no passwords on them) but not add students
    assertThat(admin.get("/teacher/classes/" + id + "/cards").body()).contains("pri.v").contains("ask your teacher");
    assertThat(admin.get("/teacher/classes/" + id + "/students/new").statusCode()).isEqualTo(403);
    assertThat(admin.get("/teacher/classes/" + id).body()).doesNotContain("/archive\"")
        .doesNotContain("/password\"");

    posts.forEach((path, fields) -> {
      assertThat(other.submit(path, fields).statusCode()).as("other teacher POST " + path).isEqualTo(404);
      assertThat(admin.submit(path, fields).statusCode()).as("admin POST " + path).isEqualTo(403);
      assertThat(kid.submit(path, fields).statusCode()).as("student POST " + path).isEqualTo(403);
      assertThat(t.postForm(path, fields).statusCode()).as("no CSRF token POST " + path).isEqualTo(403);
    });
    assertThat(admin.submit("/teacher/classes", Map.of("name", "Admin class")).statusCode()).isEqualTo(403);
    assertThat(kid.submit("/teacher/classes", Map.of("name", "Kid class")).statusCode()).isEqualTo(403);
    assertThat(t.postForm("/teacher/classes", Map.of("name", "No token class")).statusCode()).isEqualTo(403);

    // nothing changed: same one student, class still active, no extra classes
    assertThat(studentIds(t, id)).containsExactly(student);
    assertThat(t.get("/teacher").body()).contains("<h2 id=\"c-" + id + "\"").doesNotContain("Intruder Kid")
        .doesNotContain("Admin class").doesNotContain("Kid class").doesNotContain("No token class");
    assertThat(t.get("/teacher/classes/" + id).body()).doesNotContain("Intruder Kid");
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  Browser teacher() {
    Browser b = new Browser(server.port());
    assertThat(b.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD).statusCode()).isEqualTo(303);
    assertThat(b.get("/teacher").statusCode()).isEqualTo(200); // the page, and its CSRF token
    return b;
  }

  private static long createClass(Browser t, String name) {
    HttpResponse<String> r = t.submit("/teacher/classes", Map.of("name", name));
    assertThat(r.statusCode()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/teacher/classes/\\d+");
    return Long.parseLong(location.substring("/teacher/classes/".length()));
  }

  private static String classCode(Browser t, long id) {
    return HttpSuite.match(t.get("/teacher/classes/" + id).body(), CODE.pattern());
  }

  /** Student ids in the class, read off the class page's reset buttons. */
  private static List<Long> studentIds(Browser t, long id) {
    HttpResponse<String> page = t.get("/teacher/classes/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher m = Pattern.compile("/teacher/classes/" + id + "/students/(\\d+)/password").matcher(page.body());
    List<Long> out = new ArrayList<>();
    while (m.find()) {
      out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  /** Username → password of every card that shows one. */
  private static Map<String, String> cards(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = FRESH_CARD.matcher(body);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }

  private int signIn(String code, String username, String password) {
    return new Browser(server.port()).loginStudent(code, username, password).statusCode();
  }

  private static int count(String s, String part) {
    return TeacherToolsSuite.count(s, part);
  }
}
