package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.math.MathEngine;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.classroom.Verdict;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;

/**
 * The HTTP suite: a real server on a free port over a fresh database, exercised the way a browser or API client
 * would. Subclasses choose the database (H2, PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HttpSuite {
  static final String CODE_A = DemoSchool.CLASS_CODES.get(0);
  static final String CODE_B = DemoSchool.CLASS_CODES.get(1);

  TestDatabases.Fresh fresh;
  WebServer server;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void startServer() {
    fresh = freshDatabase();
    server = WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8), new EngineAnswerJudge(MathEngine.standard()),
        new LoginRateLimiter(5, 1000, Duration.ofMinutes(5), java.time.Clock.systemUTC()));
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
    if (fresh != null) {
      fresh.drop().run();
    }
  }

  Browser browser() {
    return new Browser(server.port());
  }

  @Test
  void healthAnswersOkWhenReady() {
    HttpResponse<String> r = browser().get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"status\":\"ok\"").contains("\"database\":\"ok\"");
  }

  @Test
  void metricsArePrometheusTextWithRequestTimings() {
    Browser b = browser();
    b.get("/health");
    HttpResponse<String> r = b.get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(r.body())
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"}")
        .contains("jvm_memory_used_bytes")
        .contains("hikaricp_connections");
  }

  @Test
  void demoSchoolIsSeededWithStudentsAndHistories() {
    var jdbi = server.database().jdbi();
    assertThat(new SchoolRepository(jdbi).count()).isGreaterThanOrEqualTo(1);
    long school = 1;
    assertThat(new UserRepository(jdbi).countStudents(school)).isEqualTo(30);
    assertThat(new AttemptRepository(jdbi).countOfSchool(school)).isGreaterThan(1000);

    Browser teacher = browser();
    assertThat(teacher.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD).statusCode())
        .isEqualTo(303);
    HttpResponse<String> home = teacher.get("/teacher");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains(DemoSchool.CLASS_NAMES.get(0)).contains(DemoSchool.CLASS_NAMES.get(1));
    assertThat(count(home.body(), "href=\"/teacher/students/")).isEqualTo(30);

    Browser student = browser();
    student.loginStudent(CODE_A, DemoSchool.username(1), DemoSchool.STUDENT_PASSWORD);
    HttpResponse<String> page = student.get("/student");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Week 1 practice").contains("<progress").contains("Add and subtract integers");
  }

  @Test
  void teacherLogsInAndOutAndTheOldSessionIsDead() {
    Browser b = browser();
    b.get("/login");
    String anonymous = b.sessionCookie();
    HttpResponse<String> r = b.submit("/login",
        Map.of("email", "TEACHER@demo.school", "password", DemoSchool.TEACHER_PASSWORD));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/teacher");
    String signedIn = b.sessionCookie();
    assertThat(signedIn).isNotEqualTo(anonymous); // a new session id at sign-in (no session fixation)
    assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
        .contains("HttpOnly").contains("SameSite=Lax"));
    assertThat(b.get("/teacher").statusCode()).isEqualTo(200);

    b.get("/teacher");
    HttpResponse<String> out = b.submit("/logout", Map.of());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(b.get("/teacher").statusCode()).isEqualTo(302);

    // replaying the signed-in cookie after sign-out does not work
    Browser replay = browser();
    HttpResponse<String> withOld = replayCookie(replay, signedIn, "/teacher");
    assertThat(withOld.statusCode()).isEqualTo(302);
    assertThat(withOld.headers().firstValue("Location")).hasValue("/login");
  }

  @Test
  void studentLogsInWithClassCodeUsernameAndPassword() {
    Browser b = browser();
    HttpResponse<String> r = b.loginStudent(CODE_A.toLowerCase(), DemoSchool.username(2), DemoSchool.STUDENT_PASSWORD);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/student");
    // the same student cannot sign in with the other class's code
    Browser other = browser();
    assertThat(other.loginStudent(CODE_B, DemoSchool.username(2), DemoSchool.STUDENT_PASSWORD).statusCode())
        .isEqualTo(401);
  }

  @Test
  void wrongPasswordIsRefusedWithAClearMessage() {
    Browser b = browser();
    HttpResponse<String> r = b.loginStaff(DemoSchool.TEACHER_EMAIL, "not-the-password");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("role=\"alert\"").contains("do not match");
    assertThat(b.get("/teacher").statusCode()).isEqualTo(302);
  }

  @Test
  void postsWithoutTheSessionsCsrfTokenAreRejected() {
    Browser b = browser();
    b.get("/login");
    Map<String, String> creds = Map.of("email", DemoSchool.TEACHER_EMAIL, "password", DemoSchool.TEACHER_PASSWORD);
    assertThat(b.postForm("/login", creds).statusCode()).isEqualTo(403);
    Map<String, String> forged = new java.util.HashMap<>(creds);
    forged.put("_csrf", "forged-token");
    assertThat(b.postForm("/login", forged).statusCode()).isEqualTo(403);
    // another session's valid token does not work either
    Browser other = browser();
    other.get("/login");
    forged.put("_csrf", other.lastCsrf());
    assertThat(b.postForm("/login", forged).statusCode()).isEqualTo(403);

    Browser student = browser();
    student.loginStudent(CODE_A, DemoSchool.username(3), DemoSchool.STUDENT_PASSWORD);
    String json = TestItems.of("int-add-sub", 42).json("-3");
    assertThat(student.postJson("/api/attempts", json, null).statusCode()).isEqualTo(403);
    assertThat(student.postJson("/api/attempts", json, "wrong").statusCode()).isEqualTo(403);
    assertThat(student.postJson("/api/attempts", json, student.apiCsrf()).statusCode()).isEqualTo(201);
    // logout is a POST too: without the token the session survives
    assertThat(student.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
    assertThat(student.get("/student").statusCode()).isEqualTo(200);
  }

  @Test
  void repeatedFailedLoginsAreRateLimitedEvenWithTheRightPassword() {
    Browser b = browser();
    String user = DemoSchool.username(DemoSchool.STUDENTS_PER_CLASS + 14); // used by no other test
    for (int i = 0; i < 5; i++) {
      assertThat(b.loginStudent(CODE_B, user, "wrong-password-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> r = b.loginStudent(CODE_B, user, DemoSchool.STUDENT_PASSWORD);
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).isPresent();
    assertThat(r.body()).contains("Too many tries");
    // other accounts are not locked out by it
    assertThat(browser().loginStudent(CODE_B, DemoSchool.username(DemoSchool.STUDENTS_PER_CLASS + 13),
        DemoSchool.STUDENT_PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void anAttemptIsStoredBeforeItIsAcknowledged() {
    Browser b = browser();
    b.loginStudent(CODE_A, DemoSchool.username(4), DemoSchool.STUDENT_PASSWORD);
    String token = b.apiCsrf();
    TestItems.Generated g = TestItems.of("one-step-add", 42);
    HttpResponse<String> r = b.postJson("/api/attempts", g.json(g.rightAnswer()), token);
    assertThat(r.statusCode()).isEqualTo(201);
    long id = Long.parseLong(match(r.body(), "\"id\":(\\d+)"));
    var stored = new AttemptRepository(server.database().jdbi()).find(1, id).orElseThrow();
    assertThat(stored.answer()).isEqualTo(g.rightAnswer());
    assertThat(stored.statement()).isEqualTo(g.item().statement()); // regenerated by the server
    assertThat(stored.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(r.body()).contains("\"verdict\":\"correct\"");

    HttpResponse<String> wrong = b.postJson("/api/attempts", g.json("x=123456"), token);
    assertThat(wrong.statusCode()).isEqualTo(201);
    assertThat(wrong.body()).contains("\"verdict\":\"incorrect\"");
    long wrongId = Long.parseLong(match(wrong.body(), "\"id\":(\\d+)"));
    assertThat(new AttemptRepository(server.database().jdbi()).find(1, wrongId).orElseThrow().verdict())
        .isEqualTo(Verdict.INCORRECT);
    assertThat(b.get("/api/students/" + stored.studentId() + "/attempts").body()).contains(g.item().statement());

    // a statement sent by the client is ignored: the verdict is about the server's problem
    String forged = g.json("1").replace("{", "{\"statement\":\"Calculate 0 + 1\",");
    HttpResponse<String> f = b.postJson("/api/attempts", forged, token);
    assertThat(f.body()).contains("\"verdict\":\"incorrect\"");
    // a template of another skill is refused
    String otherSkill = g.json("1").replace("\"skillId\":\"one-step-add\"", "\"skillId\":\"int-add-sub\"");
    assertThat(b.postJson("/api/attempts", otherSkill, token).statusCode()).isEqualTo(400);
  }

  @Test
  void badOrOversizedInputGetsAClearErrorAndStoresNothing() {
    Browser b = browser();
    b.loginStudent(CODE_A, DemoSchool.username(5), DemoSchool.STUDENT_PASSWORD);
    String token = b.apiCsrf();
    var repo = new AttemptRepository(server.database().jdbi());
    long before = repo.countOfSchool(1);
    HttpResponse<String> longAnswer = b.postJson("/api/attempts",
        TestItems.of("one-step-add", 7).json("1".repeat(2001)), token);
    assertThat(longAnswer.statusCode()).isEqualTo(400);
    assertThat(longAnswer.body()).contains("\"code\":\"bad_request\"").contains("answer is too long");
    assertThat(b.postJson("/api/attempts", "{not json", token).statusCode()).isEqualTo(400);
    assertThat(b.postJson("/api/attempts", "[1,2]", token).statusCode()).isEqualTo(400);
    assertThat(b.postJson("/api/attempts", TestItems.of("one-step-add", 7).json("x=7")
        .replace("one-step-add", "Bad Skill!"), token).statusCode()).isEqualTo(400);
    assertThat(b.postJson("/api/attempts", TestItems.of("one-step-add", 7).json("x=7")
        .replace("\"itemSeed\":7", "\"itemSeed\":-7"), token).statusCode()).isEqualTo(400);
    String huge = "{\"skillId\":\"a\",\"itemSeed\":1,\"statement\":\"" + "x".repeat(20_000)
        + "\",\"answer\":\"1\"}";
    assertThat(b.postJson("/api/attempts", huge, token).statusCode()).isEqualTo(413);
    String beyondServerLimit = "{\"pad\":\"" + "x".repeat(70_000) + "\"}";
    assertThat(b.postJson("/api/attempts", beyondServerLimit, token).statusCode()).isEqualTo(413);
    assertThat(repo.countOfSchool(1)).isEqualTo(before);

    Browser anon = browser();
    anon.get("/login");
    HttpResponse<String> longEmail = anon.submit("/login",
        Map.of("email", "a".repeat(300) + "@x.org", "password", "whatever-pass"));
    assertThat(longEmail.statusCode()).isEqualTo(400);
    assertThat(longEmail.body()).contains("too long");
  }

  @Test
  void pagesHaveLabelledFieldsAndASkipLink() {
    Browser b = browser();
    String login = b.get("/login/student").body();
    for (String id : new String[] {"classCode", "username", "password"}) {
      assertThat(login).contains("<label for=\"" + id + "\"").contains("id=\"" + id + "\"");
    }
    assertThat(login).contains("lang=\"en\"").contains("href=\"#main\"");
    assertThat(b.get("/static/app.css").statusCode()).isEqualTo(200);
    assertThat(b.get("/webjars/katex/0.16.47/dist/katex.min.css").statusCode()).isEqualTo(200);
    assertThat(b.get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").statusCode()).isEqualTo(200);
  }

  @Test
  void aStudentPractisesWithHintsAndTheEnginesVerdictsAndEveryStepIsStored() {
    Browser b = browser();
    b.loginStudent(CODE_A, DemoSchool.username(6), DemoSchool.STUDENT_PASSWORD);
    HttpResponse<String> page = b.get("/student/practice/int-add-sub");
    assertThat(page.statusCode()).isEqualTo(200);
    String statement = unescape(match(page.body(), "<p class=\"statement\" id=\"statement\">(.*?)</p>"));
    String templateId = match(page.body(), "name=\"templateId\" value=\"([^\"]+)\"");
    String seed = match(page.body(), "name=\"seed\" value=\"(\\d+)\"");
    long studentId = Long.parseLong(match(b.get("/api/me").body(), "\"id\":(\\d+)"));
    var repo = new AttemptRepository(server.database().jdbi());

    HttpResponse<String> wrong = b.submit("/student/practice/int-add-sub/answer",
        Map.of("templateId", templateId, "seed", seed, "hintsUsed", "0", "answer", "123456"));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("Not yet.");
    var stored = repo.recentOfStudent(1, studentId, 1).get(0);
    assertThat(stored.statement()).isEqualTo(statement); // generated by the server, not sent by the browser
    assertThat(stored.verdict()).isEqualTo(Verdict.INCORRECT);

    // climb the hint ladder to its last rung, a worked example of a sibling problem
    long hintsBefore = repo.countHintsOfStudent(1, studentId);
    int hints = 0;
    HttpResponse<String> help = null;
    for (int i = 0; i < 10; i++) {
      help = b.submit("/student/practice/int-add-sub/hint",
          Map.of("templateId", templateId, "seed", seed, "hintsUsed", Integer.toString(hints)));
      assertThat(help.statusCode()).isEqualTo(200);
      hints = Integer.parseInt(match(help.body(), "name=\"hintsUsed\" value=\"(\\d+)\""));
      if (help.body().contains("A worked example of a similar problem")) {
        break;
      }
    }
    assertThat(help.body()).contains("A worked example of a similar problem").doesNotContain("Another hint");
    assertThat(repo.countHintsOfStudent(1, studentId) - hintsBefore).isEqualTo(hints);

    String right = new org.stepwise.content.problem.TaskSolver(MathEngine.standard())
        .solve(new org.stepwise.content.problem.ProblemReader(MathEngine.standard()).read(statement)).expected();
    HttpResponse<String> ok = b.submit("/student/practice/int-add-sub/answer",
        Map.of("templateId", templateId, "seed", seed, "hintsUsed", Integer.toString(hints), "answer", right));
    assertThat(ok.body()).contains("Right!").contains("Next problem");
    var last = repo.recentOfStudent(1, studentId, 1).get(0);
    assertThat(last.verdict()).isEqualTo(Verdict.CORRECT);
    assertThat(last.hintsUsed()).isEqualTo(hints);
    assertThat(new org.stepwise.store.MasteryRepository(server.database().jdbi()).latestOfStudent(1, studentId))
        .containsKey("int-add-sub");

    // a problem of another skill cannot be passed off as this one, and unknown skills do not exist
    assertThat(b.submit("/student/practice/int-add-sub/answer", Map.of("templateId", "no-such-template", "seed",
        seed, "hintsUsed", "0", "answer", "1")).statusCode()).isEqualTo(400);
    assertThat(b.get("/student/practice/no-such-skill").statusCode()).isEqualTo(404);
    assertThat(b.submit("/student/practice/int-add-sub/answer", Map.of("templateId", templateId, "seed", seed,
        "hintsUsed", "0", "answer", "1".repeat(501))).statusCode()).isEqualTo(400);
  }

  @Test
  void checkMyWorkPointsAtTheFirstWrongLineAndIsStored() {
    Browser b = browser();
    b.loginStudent(CODE_A, DemoSchool.username(7), DemoSchool.STUDENT_PASSWORD);
    b.get("/student/check-work");
    HttpResponse<String> r = b.submit("/student/check-work",
        Map.of("problem", "Solve 2x + 3 = 11 for x", "lines", "2x = 14\nx = 7"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Look again at line 1");
    long studentId = Long.parseLong(match(b.get("/api/me").body(), "\"id\":(\\d+)"));
    assertThat(new org.stepwise.store.WorkCheckRepository(server.database().jdbi()).countOfStudent(1, studentId))
        .isEqualTo(1);
    b.get("/student/check-work");
    HttpResponse<String> good = b.submit("/student/check-work",
        Map.of("problem", "Solve 2x + 3 = 11 for x", "lines", "2x = 8\nx = 4"));
    assertThat(good.body()).contains("Every step follows");
    b.get("/student/check-work");
    HttpResponse<String> tooLong = b.submit("/student/check-work",
        Map.of("problem", "Solve 2x + 3 = 11 for x", "lines", "x = 4\n".repeat(1000)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("too long");
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }

  static String match(String body, String regex) {
    Matcher m = Pattern.compile(regex).matcher(body);
    if (!m.find()) {
      throw new AssertionError("no " + regex + " in " + body);
    }
    return m.group(1);
  }

  static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private HttpResponse<String> replayCookie(Browser fresh, String cookie, String path) {
    try {
      var client = java.net.http.HttpClient.newHttpClient();
      return client.send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + server.port() + path))
          .header("Cookie", "stepwise_session=" + cookie).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Instant now() {
    return Instant.now();
  }
}
