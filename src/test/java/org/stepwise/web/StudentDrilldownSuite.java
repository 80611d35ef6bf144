package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;

/**
 * The teacher's drill-down into one student, through HTTP against a running server (subclasses choose H2 or
 * PostgreSQL): a demo student answers wrongly after taking every hint, checks written work with a wrong line and
 * asks the tutor; the student's teacher then finds each of those facts on the page, filtered and paged; another
 * teacher finds nothing, and bad filter parameters are refused with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StudentDrilldownSuite {
  private static final String SKILL = "one-step-add";
  private static final long SEED = 424_242;
  private static final String PROBLEM = "Solve 3(x-4)+5=2x+7 for x";
  private static final List<String> LINES = List.of("3x-12+5=2x+7", "3x-7=2x+7", "3x-2x=7-7", "x=0");
  private static final String TUTOR_MESSAGE = "why does my answer not work here?";
  private static final String OTHER_PW = "another-teacher-pw-1";

  private TestServer running;
  private WebServer server;
  private long studentId;
  private TestItems.Generated item;
  private String wrong;
  private String wrongLabel;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void start() {
    running = TestServer.start(freshDatabase(), 100);
    server = running.server();
    var jdbi = server.database().jdbi();
    var users = new UserRepository(jdbi);
    var classes = new ClassRepository(jdbi);
    long demo = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account().schoolId();
    Instant now = Instant.now();
    String hash = Passwords.hash(OTHER_PW);
    long teacher2 = users.create(demo, Role.TEACHER, "second.teacher@demo.school", null, "Mx Second", hash, now);
    classes.create(demo, teacher2, "Second Teacher Class", "SECOND1", now);
    long river = new SchoolRepository(jdbi).create("Riverside High", now);
    users.create(river, Role.TEACHER, "teacher@river.school", null, "Mr River", hash, now);

    String code = DemoSchool.CLASS_CODES.get(0);
    studentId = users.studentByClassCode(code, DemoSchool.username(3)).orElseThrow().account().id();
    item = TestItems.of(SKILL, SEED);
    wrong = item.item().wrongAnswers().get(0).answer();
    wrongLabel = item.item().wrongAnswers().get(0).misconception();

    Browser s = new Browser(server.port());
    assertThat(s.loginStudent(code, DemoSchool.username(3), DemoSchool.STUDENT_PASSWORD).statusCode()).isEqualTo(303);
    s.get("/student/practice/" + SKILL);
    int ladder = item.item().hints().size() + 1; // the hints, then the worked example
    for (int used = 0; used < ladder; used++) {
      assertThat(s.submit("/student/practice/" + SKILL + "/hint", fields(used)).statusCode()).isEqualTo(200);
    }
    Map<String, String> answer = fields(ladder);
    answer.put("answer", wrong);
    HttpResponse<String> judged = s.submit("/student/practice/" + SKILL + "/answer", answer);
    assertThat(judged.statusCode()).isEqualTo(200);
    assertThat(judged.body()).contains("verdict-incorrect");
    Map<String, String> tutor = fields(ladder);
    tutor.put("message", TUTOR_MESSAGE);
    assertThat(s.submit("/student/practice/" + SKILL + "/tutor", tutor).statusCode()).isEqualTo(200);
    s.get("/student/check-work");
    assertThat(s.submit("/student/check-work", Map.of("problem", PROBLEM, "lines", String.join("\n", LINES)))
        .statusCode()).isEqualTo(200);
  }

  @AfterAll
  void stop() {
    if (running != null) {
      running.close();
    }
  }

  @Test
  void theTeacherSeesTheAttemptWithItsHintRungsAndMisconception() {
    String page = ok(teacher(), "");
    String row = rowOf(page, "<code>" + html(wrong) + "</code>");
    assertThat(row).contains(html(skillTitle())).contains("verdict-incorrect")
        .contains(java.util.stream.IntStream.rangeClosed(1, item.item().hints().size() + 1)
            .mapToObj(Integer::toString).collect(java.util.stream.Collectors.joining(", ")) + " (worked example)")
        .contains("Likely misconception: <strong>" + misconceptionName(wrongLabel) + "</strong>")
        // the problem, cut into words and maths for KaTeX (the plain text stays in the spans)
        .contains("class=\"math\" data-latex=").contains("Solve");
    assertThat(page).contains("/webjars/katex/0.16.47/dist/katex.min.js").contains("/static/student-page.js");
    assertThat(teacher().get("/static/student-page.js").body()).contains("katex.render");
  }

  @Test
  void theTeacherSeesTheLinesOfWorkWithTheFirstWrongLineMarkedAndTheMisconceptionNamed() {
    String page = ok(teacher(), "");
    int at = page.indexOf("id=\"written-work\"");
    assertThat(at).isPositive();
    String work = page.substring(at, page.indexOf("id=\"tutor-transcripts\""));
    assertThat(work).contains(html(PROBLEM).substring(0, 6));
    assertThat(lineOf(work, LINES.get(0))).contains("work-ok").contains("✓");
    assertThat(lineOf(work, LINES.get(1))).contains("work-ok");
    assertThat(lineOf(work, LINES.get(2))).contains("work-wrong").contains("✗")
        .contains("first line that does not follow");
    assertThat(lineOf(work, LINES.get(3))).contains("work-unchecked");
    assertThat(work).contains("Likely misconception: <strong>" + misconceptionName("sign_error_moving_term")
        + "</strong>");
  }

  @Test
  void theTeacherSeesTheTranscriptUnderTheProblemItWasAbout() {
    String page = ok(teacher(), "");
    int message = page.indexOf(html(TUTOR_MESSAGE));
    assertThat(message).isPositive();
    String section = page.substring(page.lastIndexOf("<section class=\"tutor-item\"", message), message);
    assertThat(section).contains(html(skillTitle())).contains(html(item.item().statement()));
  }

  @Test
  void theTeacherSeesAMasteryChartOfThePractisedSkill() {
    String page = ok(teacher(), "?skill=" + SKILL);
    int chart = page.indexOf("id=\"chart-" + SKILL + "\"");
    assertThat(chart).as("a chart of " + SKILL).isPositive();
    String li = page.substring(chart, page.indexOf("</li>", chart));
    assertThat(li).contains("<svg").contains("role=\"img\"").contains("<polyline points=\"")
        .contains("<title id=\"chart-" + SKILL + "-title\">Mastery of " + html(skillTitle()) + " over time</title>")
        .containsPattern("Mastery of " + java.util.regex.Pattern.quote(html(skillTitle()))
            + " (went from \\d+% to \\d+% over \\d+ updates|is \\d+% \\(one estimate)")
        .contains("<th scope=\"col\">Mastery</th>");
    // filtered by skill: only that skill's chart
    assertThat(page.split("class=\"mastery-chart\"", -1)).hasSize(2);
  }

  @Test
  void filtersNarrowTheAttemptsAndTheWindowCanBeEmpty() {
    Browser t = teacher();
    String bySkill = ok(t, "?skill=" + SKILL);
    assertThat(bySkill).contains("<code>" + html(wrong) + "</code>")
        .contains("<option value=\"" + SKILL + "\" selected")
        .contains("not tied to a skill"); // written work has no skill
    String other = ok(t, "?skill=frac-add-sub");
    assertThat(other).doesNotContain("<code>" + html(wrong) + "</code>").doesNotContain(html(TUTOR_MESSAGE));
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
    String window = ok(t, "?from=" + today + "&to=" + today);
    assertThat(window).contains("<code>" + html(wrong) + "</code>").contains(html(TUTOR_MESSAGE))
        .contains(LINES.get(2));
    String past = ok(t, "?from=2001-01-01&to=2001-01-31");
    assertThat(past).contains("No attempts in this period").contains("No work checked in this period")
        .contains("No messages to the tutor in this period").doesNotContain("<svg");
  }

  @Test
  void attemptsArePagedWithLinksThatKeepTheFilter() {
    Browser t = teacher();
    // the demo student has weeks of practice; the wrong answer above is the newest attempt
    String first = ok(t, "?size=1&from=2000-01-01");
    assertThat(first).containsPattern("Showing 1–1 of \\d+")
        .contains("href=\"/teacher/students/" + studentId + "?from=2000-01-01&amp;size=1&amp;page=2#attempts\"")
        .contains("<code>" + html(wrong) + "</code>").doesNotContain("Newer attempts");
    assertThat(first.split("<td class=\"hint-rungs\">", -1)).hasSize(2);
    String second = ok(t, "?size=1&page=2&from=2000-01-01");
    assertThat(second).containsPattern("Showing 2–2 of \\d+").contains("Newer attempts")
        .doesNotContain("<code>" + html(wrong) + "</code>");
  }

  @Test
  void anotherTeacherFindsNothingAndTheAdminSeesTheStudent() {
    for (String email : List.of("second.teacher@demo.school", "teacher@river.school")) {
      Browser stranger = new Browser(server.port());
      assertThat(stranger.loginStaff(email, OTHER_PW).statusCode()).isEqualTo(303);
      for (String q : List.of("", "?skill=" + SKILL, "?page=0")) {
        HttpResponse<String> denied = stranger.get("/teacher/students/" + studentId + q);
        assertThat(denied.statusCode()).as(email + q).isEqualTo(404);
        assertThat(denied.body()).doesNotContain(html(TUTOR_MESSAGE)).doesNotContain(LINES.get(2));
      }
    }
    Browser admin = new Browser(server.port());
    assertThat(admin.loginStaff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD).statusCode()).isEqualTo(303);
    assertThat(ok(admin, "")).contains(html(TUTOR_MESSAGE));
  }

  @Test
  void badFilterParametersGetA400WithAMessage() {
    Browser t = teacher();
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("?skill=NOT-A-SKILL", "skill must be");
    bad.put("?skill=no-such-skill", "skill must be");
    bad.put("?skill=" + "a".repeat(101), "skill must be");
    bad.put("?from=2026-13-01", "from must be a date");
    bad.put("?to=yesterday", "to must be a date");
    bad.put("?from=1999-12-31", "from must be a date between");
    bad.put("?from=2026-02-01&to=2026-01-01", "from must not be after to");
    bad.put("?page=0", "page must be");
    bad.put("?page=1001", "page must be");
    bad.put("?page=99999999999999", "page must be");
    bad.put("?size=201", "size must be");
    bad.put("?size=abc", "size must be");
    bad.forEach((q, message) -> {
      HttpResponse<String> r = t.get("/teacher/students/" + studentId + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(r.body()).as(q).contains(message);
    });
    assertThat(ok(t, "?size=200&page=1000")).contains("No attempts in this period");
  }

  private Browser teacher() {
    Browser b = new Browser(server.port());
    assertThat(b.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD).statusCode()).isEqualTo(303);
    return b;
  }

  private String ok(Browser b, String query) {
    HttpResponse<String> r = b.get("/teacher/students/" + studentId + query);
    assertThat(r.statusCode()).as(query + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  private Map<String, String> fields(int hintsUsed) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("templateId", item.template().id());
    f.put("seed", Long.toString(SEED));
    f.put("hintsUsed", Integer.toString(hintsUsed));
    return f;
  }

  private static String skillTitle() {
    return TestItems.COURSE.skills().skill(SKILL).orElseThrow().name();
  }

  private static String misconceptionName(String label) {
    return html(org.stepwise.work.MisconceptionLibrary.bundled().byLabel(label).orElseThrow().name());
  }

  /** The table row holding {@code needle}. */
  private static String rowOf(String page, String needle) {
    int at = page.indexOf(needle);
    assertThat(at).as("the page shows " + needle).isPositive();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  /** The list item of the line of work {@code text}. */
  private static String lineOf(String work, String text) {
    int at = work.indexOf(">" + html(text) + "<");
    assertThat(at).as("the line " + text).isPositive();
    return work.substring(work.lastIndexOf("<li", at), work.indexOf("</li>", at));
  }

  private static String html(String s) {
    // jte's escaping of element text
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
  }
}
