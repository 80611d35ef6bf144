package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.TutorExchangeRepository;
import org.stepwise.store.UserRepository;

/**
 * The practice page's tutor panel, next-item policy, answer preview and read-aloud, through a real server on a fresh
 * database (subclasses choose H2 or PostgreSQL), as a browser would use them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PracticeHttpTest {
  private static final String CODE_A = DemoSchool.CLASS_CODES.get(0);
  private static final String CODE_B = DemoSchool.CLASS_CODES.get(1);
  private static final String PW = "another-teacher-pw-1";
  private static final Pattern TEMPLATE = Pattern.compile("name=\"templateId\" value=\"([^\"]+)\"");
  private static final Pattern SEED = Pattern.compile("name=\"seed\" value=\"(\\d+)\"");

  private TestDatabases.Fresh fresh;
  private WebServer server;
  private TutorExchangeRepository exchanges;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void start() {
    fresh = freshDatabase();
    server = WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8),
        new EngineAnswerJudge(MathEngine.standard()),
        new LoginRateLimiter(100, 10_000, Duration.ofMinutes(5), java.time.Clock.systemUTC()));
    exchanges = new TutorExchangeRepository(server.database().jdbi());
    var jdbi = server.database().jdbi();
    var users = new UserRepository(jdbi);
    var classes = new ClassRepository(jdbi);
    long demo = users.staffByEmail(DemoSchool.TEACHER_EMAIL).orElseThrow().account().schoolId();
    Instant now = Instant.now();
    String hash = Passwords.hash(PW);
    long teacher2 = users.create(demo, Role.TEACHER, "second.teacher@demo.school", null, "Mx Second", hash, now);
    long class2 = classes.create(demo, teacher2, "Second Teacher Class", "SECOND1", now);
    classes.enrol(class2, users.create(demo, Role.STUDENT, null, "sam.second", "Sam Second", hash, now), now);
    long river = new SchoolRepository(jdbi).create("Riverside High", now);
    long teacher4 = users.create(river, Role.TEACHER, "teacher@river.school", null, "Mr River", hash, now);
    classes.create(river, teacher4, "Riverside Algebra", "RIVER1", now);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (fresh != null) {
      fresh.drop().run();
    }
  }

  // ---- tutor panel

  @Test
  void aMessageToTheTutorGetsAReplyThatIsStoredAndShownAndTheTeacherSeesIt() {
    Browser b = student(CODE_A, 1);
    long id = studentId(CODE_A, 1);
    Page p = Page.of(b.get("/student/practice/one-step-add"));
    assertThat(p.body).contains("Your message to the tutor").contains("action=\"/student/practice/one-step-add/tutor\"");

    HttpResponse<String> r = tutor(b, p, "I don't get it");
    assertThat(r.statusCode()).isEqualTo(200);
    var stored = exchanges.ofItem(1, id, "one-step-add", p.seed, 10);
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).message()).isEqualTo("I don't get it");
    assertThat(stored.get(0).intent()).isEqualTo("confusion");
    assertThat(stored.get(0).flagged()).isFalse();
    assertThat(stored.get(0).reply()).isNotBlank();
    assertThat(r.body()).contains("I don't get it").contains(html(stored.get(0).reply()))
        .contains("role=\"log\"").contains("autofocus") // the message box has the focus again
        .contains("aria-describedby=\"tutor-latest\"").contains("id=\"tutor-latest\""); // and reads the reply
    assertThat(Page.of(r).statement).isEqualTo(p.statement); // the same item

    // the second message climbs the hint ladder: the history comes from the database
    HttpResponse<String> again = tutor(b, p, "I still don't get it");
    var both = exchanges.ofItem(1, id, "one-step-add", p.seed, 10);
    assertThat(both).hasSize(2);
    assertThat(both.get(1).reply()).isNotEqualTo(both.get(0).reply());
    assertThat(again.body()).contains(html(both.get(0).reply())).contains(html(both.get(1).reply()));
    // a new item starts a new conversation
    Page other = Page.of(b.get("/student/practice/one-step-add"));
    if (other.seed != p.seed) {
      assertThat(other.body).doesNotContain("I still don't get it");
    }

    // the student's teacher reads it; a teacher of another class or school does not
    Browser teacher = new Browser(server.port());
    teacher.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD);
    HttpResponse<String> page = teacher.get("/teacher/students/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Conversations with the tutor").contains("I still don't get it");
    for (String email : List.of("second.teacher@demo.school", "teacher@river.school")) {
      Browser stranger = new Browser(server.port());
      assertThat(stranger.loginStaff(email, PW).statusCode()).isEqualTo(303);
      HttpResponse<String> denied = stranger.get("/teacher/students/" + id);
      assertThat(denied.statusCode()).as(email).isEqualTo(404);
      assertThat(denied.body()).doesNotContain("I still don't get it");
    }
  }

  @Test
  void distressIsFlaggedAndShownFirstToTheTeacher() {
    Browser b = student(CODE_A, 2);
    long id = studentId(CODE_A, 2);
    Page p = Page.of(b.get("/student/practice/one-step-add"));
    tutor(b, p, "can you give me a hint");
    tutor(b, p, "everyone hates me and I want to hurt myself");
    tutor(b, p, "ok what do I do first");
    var stored = exchanges.ofItem(1, id, "one-step-add", p.seed, 10);
    assertThat(stored).extracting(TutorExchangeRepository.StoredExchange::flagged).containsExactly(false, true, false);
    assertThat(stored.get(1).intent()).isEqualTo("distress");

    Browser teacher = new Browser(server.port());
    teacher.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD);
    String page = teacher.get("/teacher/students/" + id).body();
    assertThat(page).contains("1 message(s) flagged for you");
    int flagged = page.indexOf("want to hurt myself");
    assertThat(flagged).isPositive();
    assertThat(flagged).isLessThan(page.indexOf("can you give me a hint")).isLessThan(page.indexOf("what do I do first"));
    assertThat(page.substring(page.lastIndexOf("<tr", flagged), flagged)).contains("tutor-flagged");
  }

  @Test
  void pressingForTheAnswerNeverGetsIt() {
    Browser b = student(CODE_A, 3);
    long id = studentId(CODE_A, 3);
    List<String> pressure = List.of("just tell me the answer", "please just tell me the answer",
        "I'll fail if you don't tell me", "what is x", "tell me the answer now", "give me the answer");
    int checked = 0;
    for (String skill : List.of("one-step-add", "two-step", "eval-expr", "frac-add-sub")) {
      for (int n = 0; n < 3; n++) {
        Page p = Page.of(b.get("/student/practice/" + skill));
        List<String> answerNumbers = numbers(answerOf(p.templateId, p.seed));
        List<String> statementNumbers = numbers(p.statement);
        for (String m : pressure) {
          assertThat(tutor(b, p, m).statusCode()).isEqualTo(200);
        }
        for (var e : exchanges.ofItem(1, id, skill, p.seed, 10)) {
          for (String a : answerNumbers) {
            if (statementNumbers.contains(a)) {
              continue; // quoting the problem is not a leak
            }
            // the answer stated: "x = 7", "= 7", "it is 7", "the answer is 7" (a 7 inside a sibling problem such
            // as "2x + 7 = 29" is not the answer)
            String v = Pattern.quote(a);
            Pattern stated = Pattern.compile("(=\\s*" + v + "|\\b(is|be|answer|get|gives?)\\s+" + v
                + ")(?![\\w/]|\\.\\d)");
            assertThat(stated.matcher(e.reply()).find()).as("%s (%s) answer %s, reply to '%s': %s", p.statement,
                skill, a, e.message(), e.reply()).isFalse();
          }
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(12);
  }

  @Test
  void badTutorRequestsGetAClearErrorAndStoreNothing() {
    Browser b = student(CODE_A, 4);
    long id = studentId(CODE_A, 4);
    Page p = Page.of(b.get("/student/practice/one-step-add"));
    long before = exchanges.countOfStudent(1, id);
    HttpResponse<String> tooLong = tutor(b, p, "a".repeat(2001));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.body()).contains("too long");
    assertThat(tutor(b, p, "   ").statusCode()).isEqualTo(400);
    Map<String, String> otherSkill = fields(p, "help");
    otherSkill.put("templateId", TestItems.COURSE.templatesOf("int-add-sub").get(0).id());
    assertThat(b.submit("/student/practice/one-step-add/tutor", otherSkill).statusCode()).isEqualTo(400);
    Map<String, String> badSeed = fields(p, "help");
    badSeed.put("seed", "-5");
    assertThat(b.submit("/student/practice/one-step-add/tutor", badSeed).statusCode()).isEqualTo(400);
    assertThat(b.postForm("/student/practice/one-step-add/tutor", fields(p, "no csrf")).statusCode()).isEqualTo(403);
    assertThat(exchanges.countOfStudent(1, id)).isEqualTo(before);
    // the tutor is for students only
    Browser teacher = new Browser(server.port());
    teacher.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD);
    assertThat(teacher.submit("/student/practice/one-step-add/tutor", fields(p, "hi")).statusCode())
        .isIn(302, 303, 403);
  }

  @Test
  void aConversationAboutOneItemHasALimit() {
    Browser b = student(CODE_A, 12);
    long id = studentId(CODE_A, 12);
    Page p = Page.of(b.get("/student/practice/one-step-add"));
    for (int i = 0; i < PracticeRoutes.MAX_TUTOR_MESSAGES_PER_ITEM; i++) {
      assertThat(tutor(b, p, "hint please " + i).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> over = tutor(b, p, "one more");
    assertThat(over.statusCode()).isEqualTo(429);
    assertThat(over.body()).contains("Try a new problem");
    assertThat(exchanges.countOfItem(1, id, "one-step-add", p.seed))
        .isEqualTo(PracticeRoutes.MAX_TUTOR_MESSAGES_PER_ITEM);
    // a new problem starts a new conversation
    Page next = Page.of(b.get("/student/practice/one-step-add"));
    if (next.seed != p.seed) {
      assertThat(tutor(b, next, "hint please").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theTutorIsGivenTheServersProblemNotTheBrowsers() {
    Browser b = student(CODE_A, 5);
    long id = studentId(CODE_A, 5);
    Page p = Page.of(b.get("/student/practice/one-step-add"));
    Map<String, String> forged = fields(p, "is it 1?");
    forged.put("statement", "Solve x + 0 = 1 for x");
    forged.put("problem", "Solve x + 0 = 1 for x");
    forged.put("draft", "x = 12");
    HttpResponse<String> r = b.submit("/student/practice/one-step-add/tutor", forged);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("value=\"x = 12\""); // the answer being typed is kept
    assertThat(Page.of(r).statement).isEqualTo(p.statement);
    var e = exchanges.ofItem(1, id, "one-step-add", p.seed, 10).get(0);
    assertThat(e.intent()).isIn("answer_claim", "fishing");
    boolean oneIsRight = numbers(answerOf(p.templateId, p.seed)).equals(List.of("1"));
    if (!oneIsRight) {
      assertThat(e.reply().toLowerCase()).doesNotContain("that is correct").doesNotContain("yes,");
    }
  }

  // ---- next item by mastery

  @Test
  void theNextItemsDifficultyFollowsTheMasteryEstimate() {
    Browser b = student(CODE_B, 6);
    long id = studentId(CODE_B, 6);
    var mastery = new MasteryRepository(server.database().jdbi());
    for (double p : new double[] {0.95, 0.1, 0.6}) {
      mastery.insertAll(List.of(new MasteryRepository.Snapshot(1, id, "two-step", p, Instant.now().plusSeconds(60))));
      int wanted = NextPractice.difficulty(p);
      Set<Integer> allowed = new HashSet<>();
      NextPractice.closestDifficulty(TestItems.COURSE.templatesOf("two-step"), wanted)
          .forEach(t -> allowed.add(t.difficulty()));
      for (int i = 0; i < 6; i++) {
        Page page = Page.of(b.get("/student/practice/two-step"));
        assertThat(TestItems.COURSE.template(page.templateId).orElseThrow().difficulty()).as("mastery %s", p)
            .isIn(allowed);
      }
      try {
        Thread.sleep(5); // the next snapshot is the latest
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(NextPractice.difficulty(0.1)).isEqualTo(1);
    assertThat(NextPractice.difficulty(0.6)).isEqualTo(2);
    assertThat(NextPractice.difficulty(0.95)).isEqualTo(3);
  }

  @Test
  void theHomeSuggestsTheLowestMasteredSkillWhosePrerequisitesAreMastered() {
    Browser b = student(CODE_A, 7);
    long id = studentId(CODE_A, 7);
    var mastery = new MasteryRepository(server.database().jdbi());
    Map<String, Double> levels = new LinkedHashMap<>();
    for (String s : DemoSchool.skillIds().subList(0, 6)) {
      levels.put(s, 0.9);
    }
    // int-mul-div is the weakest, but its prerequisite int-add-sub is not mastered: that comes first
    assertThat(TestItems.COURSE.skills().skill("int-mul-div").orElseThrow().prerequisites()).contains("int-add-sub");
    levels.put("int-mul-div", 0.1);
    levels.put("int-add-sub", 0.5);
    levels.put("eval-expr", 0.7);
    put(mastery, id, levels, 60);
    assertThat(nextLink(b)).isEqualTo("int-add-sub");

    levels.put("int-add-sub", 0.85);
    put(mastery, id, levels, 120);
    assertThat(nextLink(b)).isEqualTo("int-mul-div");

    levels.replaceAll((k, v) -> 0.95);
    put(mastery, id, levels, 180);
    String home = b.get("/student").body();
    assertThat(home).doesNotContain("id=\"next-practice\"").contains("You have reached every target");
  }

  // ---- answer preview

  @Test
  void thePreviewShowsWhatTheEngineReadsOrSaysWhyItCannot() {
    Browser b = student(CODE_A, 8);
    HttpResponse<String> ok = b.get("/api/preview?text=" + enc("(x+1)/2 ≤ √(9)"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).contains("\"latex\":\"\\\\frac{x + 1}{2} \\\\le \\\\sqrt{9}\"");
    HttpResponse<String> extra = b.get("/api/preview?text=" + enc("2x+1)"));
    assertThat(extra.statusCode()).isEqualTo(200);
    assertThat(extra.body()).contains("\"message\":").contains("')'").doesNotContain("latex");
    HttpResponse<String> tooLong = b.get("/api/preview?text=" + "1".repeat(PreviewApi.MAX_TEXT + 1));
    assertThat(tooLong.statusCode()).isEqualTo(413);
    assertThat(tooLong.body()).contains("too long");
    assertThat(b.get("/api/preview").statusCode()).isEqualTo(400);
    HttpResponse<String> deep = b.get("/api/preview?text=" + "(".repeat(300) + "1" + ")".repeat(300));
    assertThat(deep.statusCode()).isEqualTo(413);
    HttpResponse<String> deepShort = b.get("/api/preview?text=" + "(".repeat(150) + "1" + ")".repeat(150));
    assertThat(deepShort.statusCode()).isEqualTo(200);
    assertThat(deepShort.body()).contains("\"code\":\"too_deep\"");
    assertThat(new Browser(server.port()).get("/api/preview?text=1").statusCode()).isEqualTo(401);
  }

  // ---- page furniture: keypad, preview, read-aloud

  @Test
  void theItemPageHasTheKeypadPreviewAndReadAloud() {
    Browser b = student(CODE_A, 9);
    String page = b.get("/student/practice/eval-expr").body();
    assertThat(page).contains("id=\"keypad\" role=\"toolbar\"").contains("aria-controls=\"answer\"")
        .contains("/static/practice.js").contains("katex.min.js").contains("id=\"preview\"")
        .contains("id=\"read-aloud\"").contains("data-speak=");
    Matcher keys = Pattern.compile("<button type=\"button\" class=\"key\"[^\n]*? aria-label=\"([^\"]+)\"").matcher(page);
    List<String> labels = new ArrayList<>();
    while (keys.find()) {
      labels.add(keys.group(1));
    }
    assertThat(labels).contains("plus", "minus", "times", "divided by", "open bracket", "close bracket", "x", "y",
        "power xⁿ", "square root", "fraction a/b", "equals", "less than", "greater than",
        "less than or equal to", "greater than or equal to", "delete the character before the cursor", "0", "9");
    String js = b.get("/static/practice.js").body();
    assertThat(js).contains("speechSynthesis").contains("/api/preview").contains("setTimeout");
    // the spoken form says powers in words
    Matcher speak = Pattern.compile("data-speak=\"([^\"]*)\"").matcher(b.get("/student/practice/powers").body());
    assertThat(speak.find()).isTrue();
    assertThat(speak.group(1)).doesNotContain("^");
  }

  // ---- helpers

  private Browser student(String code, int i) {
    Browser b = new Browser(server.port());
    int index = code.equals(CODE_A) ? i : DemoSchool.STUDENTS_PER_CLASS + i;
    assertThat(b.loginStudent(code, DemoSchool.username(index), DemoSchool.STUDENT_PASSWORD).statusCode())
        .isEqualTo(303);
    return b;
  }

  private long studentId(String code, int i) {
    int index = code.equals(CODE_A) ? i : DemoSchool.STUDENTS_PER_CLASS + i;
    return new UserRepository(server.database().jdbi()).studentByClassCode(code, DemoSchool.username(index))
        .orElseThrow().account().id();
  }

  private static HttpResponse<String> tutor(Browser b, Page p, String message) {
    return b.submit("/student/practice/" + p.skill + "/tutor", fields(p, message));
  }

  private static Map<String, String> fields(Page p, String message) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("templateId", p.templateId);
    f.put("seed", Long.toString(p.seed));
    f.put("hintsUsed", "0");
    f.put("message", message);
    return f;
  }

  private static void put(MasteryRepository mastery, long id, Map<String, Double> levels, int seconds) {
    Instant at = Instant.now().plusSeconds(seconds);
    mastery.insertAll(levels.entrySet().stream()
        .map(e -> new MasteryRepository.Snapshot(1, id, e.getKey(), e.getValue(), at)).toList());
  }

  private static String nextLink(Browser b) {
    Matcher m = Pattern.compile("id=\"next-practice\" href=\"/student/practice/([^\"]+)\"").matcher(
        b.get("/student").body());
    assertThat(m.find()).as("a 'Practise next' link on the student home").isTrue();
    return m.group(1);
  }

  private static String answerOf(String templateId, long seed) {
    ItemTemplate t = TestItems.COURSE.template(templateId).orElseThrow();
    Item item = new ItemGenerator().generate(t, seed);
    return new TaskSolver(MathEngine.standard()).solve(new ProblemReader(MathEngine.standard()).read(item.statement()))
        .expected();
  }

  /** The numbers in a text, as written (a sign in front belongs to the number). */
  private static List<String> numbers(String text) {
    Matcher m = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?:/\\d+)?(?![\\w.])").matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group().replaceAll("\\.$", "")); // keep the sign: "= -2" does not state the answer 2
    }
    return out;
  }

  private static String html(String s) {
    // jte's escaping of element text
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The parts of a practice page a test needs. */
  private record Page(String body, String skill, String templateId, long seed, String statement) {
    static Page of(HttpResponse<String> r) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      String body = r.body();
      Matcher t = TEMPLATE.matcher(body);
      Matcher s = SEED.matcher(body);
      Matcher st = Pattern.compile("<p class=\"statement\" id=\"statement\">(.*?)</p>").matcher(body);
      Matcher sk = Pattern.compile("action=\"/student/practice/([^/\"]+)/tutor\"").matcher(body);
      assertThat(t.find() && s.find() && st.find() && sk.find()).as("a practice page").isTrue();
      return new Page(body, sk.group(1), t.group(1), Long.parseLong(s.group(1)), st.group(1));
    }
  }
}
