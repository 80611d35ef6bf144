package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.AnswerJudge;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.Verdict;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.math.MathEngine;
import org.stepwise.store.UserRepository;
import org.stepwise.teacher.text.MisconceptionGuide;

/**
 * The teacher's tools through HTTP against a running server on a fresh database with the demo school: students
 * practise through the practice page, the teacher sees them on the dashboard, downloads quizzes and exports; other
 * teachers, admins and students are kept out. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TeacherToolsSuite {
  static final String OTHER_EMAIL = "other.teacher@demo.school";
  static final String OTHER_PASSWORD = "other-teacher-2026";
  private static final Pattern CLASS_LINK = Pattern.compile("href=\"/teacher/classes/(\\d+)\">([^<]+)<");

  TestDatabases.Fresh fresh;
  WebServer server;
  final MathEngine engine = MathEngine.standard();
  final Course course = ContentLoader.loadBundled();
  long maple;
  long cedar;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void startServer() {
    fresh = freshDatabase();
    server = WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8), new EngineAnswerJudge(engine),
        new LoginRateLimiter(5, 1000, Duration.ofMinutes(5), java.time.Clock.systemUTC()));
    // A second teacher in the same school, who owns no class: the scoping tests sign in as them.
    new UserRepository(server.database().jdbi()).create(1, Role.TEACHER, OTHER_EMAIL, null, "Mr. Other",
        Passwords.hash(OTHER_PASSWORD), Instant.now());
    Browser t = teacher();
    Matcher m = CLASS_LINK.matcher(t.get("/teacher").body());
    Map<String, Long> ids = new LinkedHashMap<>();
    while (m.find()) {
      ids.put(m.group(2), Long.parseLong(m.group(1)));
    }
    assertThat(ids).hasSize(2);
    maple = ids.get(DemoSchool.CLASS_NAMES.get(0));
    cedar = ids.get(DemoSchool.CLASS_NAMES.get(1));
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

  Browser teacher() {
    Browser b = new Browser(server.port());
    assertThat(b.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD).statusCode()).isEqualTo(303);
    return b;
  }

  // ---- dashboard --------------------------------------------------------------------------------------------

  /** A template and seeds whose first typical wrong answer the engine judges wrong, all showing one misconception. */
  record Wrong(ItemTemplate template, List<Item> items, String misconception) {}

  Wrong typicalWrongAnswers(int n) {
    AnswerJudge judge = new EngineAnswerJudge(engine);
    ItemGenerator gen = new ItemGenerator();
    MisconceptionGuide guide = MisconceptionGuide.bundled();
    for (ItemTemplate t : course.templates()) {
      List<Item> items = new ArrayList<>();
      String label = null;
      for (long seed = 101; seed < 140 && items.size() < n; seed++) {
        Item item = gen.generate(t, seed);
        if (item.wrongAnswers().isEmpty() || items.stream().anyMatch(i -> i.statement().equals(item.statement()))) {
          continue;
        }
        Item.WrongAnswer w = item.wrongAnswers().get(0);
        if ((label == null || label.equals(w.misconception())) && guide.find(w.misconception()).isPresent()
            && judge.judge(t.skill(), seed, item.statement(), w.answer()).verdict() == Verdict.INCORRECT) {
          label = w.misconception();
          items.add(item);
        }
      }
      if (items.size() == n) {
        return new Wrong(t, items, label);
      }
    }
    throw new AssertionError("no template with " + n + " judged-wrong typical answers");
  }

  void answer(Browser student, Item item, String answer) {
    student.get("/student/practice/" + item.skillId());
    HttpResponse<String> r = student.submit("/student/practice/" + item.skillId() + "/answer", Map.of(
        "templateId", item.templateId(), "seed", String.valueOf(item.seed()), "hintsUsed", "0", "answer", answer));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("verdict-incorrect");
  }

  @Test
  void dashboardShowsTheStuckStudentTheMisconceptionGroupAndAHeatmapAndRefreshesItself() {
    Wrong wrong = typicalWrongAnswers(3);
    Browser ava = new Browser(server.port());
    ava.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(1), DemoSchool.STUDENT_PASSWORD);
    Browser second = new Browser(server.port());
    second.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(2), DemoSchool.STUDENT_PASSWORD);
    for (Item item : wrong.items()) {
      answer(ava, item, item.wrongAnswers().get(0).answer()); // three wrong in a row: stuck
    }
    for (Item item : wrong.items().subList(0, 2)) {
      answer(second, item, item.wrongAnswers().get(0).answer()); // same misconception twice: same group
    }
    String avaName = displayNameOf(ava);
    String secondName = displayNameOf(second);

    Browser t = teacher();
    assertThat(t.get("/teacher/classes/" + maple).body())
        .contains("href=\"/teacher/classes/" + maple + "/dashboard\"");
    HttpResponse<String> page = t.get("/teacher/classes/" + maple + "/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("hx-get=\"/teacher/classes/" + maple + "/dashboard/live\"")
        .contains("hx-trigger=\"every 10s\"");
    String help = section(body, "help-h");
    assertThat(help).contains(avaName).contains("3 wrong in a row");
    assertThat(help).doesNotContain(secondName); // two wrong answers are not "stuck"
    String groups = section(body, "groups-h");
    String name = MisconceptionGuide.bundled().get(wrong.misconception()).name();
    assertThat(groups).contains(name).contains(avaName).contains(secondName).contains("Mini-lesson");
    // heatmap: 15 rows, each cell coloured and labelled in words
    assertThat(count(body, "<th scope=\"row\"><a href=\"/teacher/students/")).isEqualTo(15);
    assertThat(body).containsPattern("<td class=\"m-(high|mid|low)\">\\d+% (mastered|nearly there|learning)</td>");
    assertThat(body).contains("Progress to target").contains("skills at target").contains("Hint reliance")
        .contains("Time on task");

    HttpResponse<String> live = t.get("/teacher/classes/" + maple + "/dashboard/live");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).doesNotContain("<html").contains(avaName).contains(name);
  }

  @Test
  void aStudentWhoUsedEveryHintWithoutARightAnswerNeedsHelp() {
    Item item = typicalWrongAnswers(1).items().get(0);
    int rungs = item.hints().size() + 1; // the hints, then the worked example
    Browser student = new Browser(server.port());
    student.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(6), DemoSchool.STUDENT_PASSWORD);
    student.get("/student/practice/" + item.skillId());
    for (int rung = 0; rung < rungs; rung++) {
      assertThat(student.submit("/student/practice/" + item.skillId() + "/hint", Map.of("templateId",
          item.templateId(), "seed", String.valueOf(item.seed()), "hintsUsed", String.valueOf(rung))).statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> r = student.submit("/student/practice/" + item.skillId() + "/answer", Map.of(
        "templateId", item.templateId(), "seed", String.valueOf(item.seed()), "hintsUsed", String.valueOf(rungs),
        "answer", "12345"));
    assertThat(r.body()).contains("verdict-incorrect");
    String name = displayNameOf(student);
    String help = section(teacher().get("/teacher/classes/" + maple + "/dashboard").body(), "help-h");
    assertThat(help).contains(name).contains("used every hint on 1 item");
  }

  private String displayNameOf(Browser student) {
    Matcher m = Pattern.compile("class=\"who\">([^<]+?) <span").matcher(student.get("/student").body());
    assertThat(m.find()).isTrue();
    return m.group(1).strip();
  }

  /** The HTML of the dashboard section whose heading has this id. */
  private static String section(String body, String headingId) {
    int start = body.indexOf("id=\"" + headingId + "\"");
    assertThat(start).isPositive();
    int end = body.indexOf("</section>", start);
    return body.substring(start, end);
  }

  // ---- quiz -------------------------------------------------------------------------------------------------

  List<String> twoSkills() {
    return course.skills().topologicalOrder().stream().filter(k -> !course.templatesOf(k).isEmpty()).limit(2)
        .toList();
  }

  @Test
  void quizPdfHasAPaperPerStudentThenTheKeysAndRendersNonBlank() throws IOException {
    Browser t = teacher();
    HttpResponse<String> formPage = t.get("/teacher/classes/" + maple + "/quiz");
    assertThat(formPage.statusCode()).isEqualTo(200);
    assertThat(formPage.body()).contains("<option value=\"MIXED\" selected>Mixed</option>")
        .contains("<option value=\"EASY\">Easy</option>").doesNotContain("checked=\"false\"");
    List<String[]> form = quizForm("Friday check", "6", "MIXED", twoSkills(), "pdf");
    HttpResponse<byte[]> r = postBytes(t, "/teacher/classes/" + maple + "/quiz", form, true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
        .endsWith(".pdf\"");
    byte[] pdf = r.body();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(16); // 15 papers, then the keys
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      assertThat(darkPixels(image)).isGreaterThan(500);
      PDFTextStripper text = new PDFTextStripper();
      Set<String> papers = new HashSet<>();
      for (int p = 1; p <= 15; p++) {
        text.setStartPage(p);
        text.setEndPage(p);
        String page = text.getText(doc);
        assertThat(page).contains("Friday check");
        papers.add(page.replaceAll("(?s)^.*?1[.)]", "")); // items only, without the name line
      }
      assertThat(papers).hasSizeGreaterThan(10); // students get different papers
      text.setStartPage(16);
      text.setEndPage(16);
      assertThat(text.getText(doc)).contains("Answer key: Friday check");
    }
  }

  @Test
  void qtiPackageIsAZipWithAManifestAndItems() throws IOException {
    Browser t = teacher();
    t.get("/teacher/classes/" + maple + "/quiz");
    HttpResponse<byte[]> r = postBytes(t, "/teacher/classes/" + maple + "/quiz",
        quizForm("Online check", "4", "MIXED", twoSkills(), "qti"), true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(entries).containsKey("imsmanifest.xml");
    assertThat(entries.get("imsmanifest.xml")).contains("imsqti_item_xmlv3p0");
    assertThat(entries.values().stream().filter(x -> x.contains("<qti-assessment-item ")).count()).isEqualTo(4);
  }

  @Test
  void badQuizRequestsComeBackToTheFormWithTheErrorAndNoDownload() throws IOException {
    Browser t = teacher();
    t.get("/teacher/classes/" + maple + "/quiz");
    HttpResponse<byte[]> tooMany = postBytes(t, "/teacher/classes/" + maple + "/quiz",
        quizForm("Too long", "41", "EASY", twoSkills(), "pdf"), true);
    assertThat(tooMany.statusCode()).isEqualTo(400);
    String page = new String(tooMany.body(), StandardCharsets.UTF_8);
    assertThat(page).contains("role=\"alert\"").contains("between 1 and 40").contains("value=\"Too long\"");
    HttpResponse<byte[]> noSkill = postBytes(t, "/teacher/classes/" + maple + "/quiz",
        quizForm("None", "5", "EASY", List.of(), "pdf"), true);
    assertThat(noSkill.statusCode()).isEqualTo(400);
    assertThat(new String(noSkill.body(), StandardCharsets.UTF_8)).contains("choose between 1 and 20 skills");
    HttpResponse<byte[]> unknown = postBytes(t, "/teacher/classes/" + maple + "/quiz",
        quizForm("Odd", "5", "EASY", List.of("no-such-skill"), "pdf"), true);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("not a skill of the course");
  }

  // ---- gradebook and notes ----------------------------------------------------------------------------------

  @Test
  void gradebookCsvHasAStudentPerRowAndAColumnPerAssignedSkill() throws IOException {
    Browser t = teacher();
    t.get("/teacher");
    HttpResponse<byte[]> r = getBytes(t, "/teacher/classes/" + cedar + "/gradebook.csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String csv = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().get()
        .parse(new InputStreamReader(new ByteArrayInputStream(csv.substring(1).getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8)).getRecords();
    assertThat(rows.get(0).get(0)).isEqualTo("Student ID");
    assertThat(rows.get(0).size()).isEqualTo(3 + 6 + 1); // id, family, given, six assigned skills, average
    assertThat(rows).hasSize(1 + 15);
    assertThat(rows.get(1).get(9)).matches("\\d{1,3}\\.\\d");
  }

  @Test
  void parentNoteIsDraftedFromTheStudentsPractice() {
    Browser t = teacher();
    String dashboard = t.get("/teacher/classes/" + maple + "/dashboard").body();
    Matcher m = Pattern.compile("href=\"(/teacher/classes/" + maple + "/students/(\\d+)/parent-note)\"")
        .matcher(dashboard);
    assertThat(m.find()).isTrue();
    HttpResponse<String> note = t.get(m.group(1));
    assertThat(note.statusCode()).isEqualTo(200);
    assertThat(note.body()).contains("Progress note for the family of").contains("<article");
    // a student of another class is not found through this class
    Matcher other = Pattern.compile("href=\"/teacher/classes/" + cedar + "/students/(\\d+)/parent-note\"")
        .matcher(t.get("/teacher/classes/" + cedar + "/dashboard").body());
    assertThat(other.find()).isTrue();
    assertThat(t.get("/teacher/classes/" + maple + "/students/" + other.group(1) + "/parent-note").statusCode())
        .isEqualTo(404);
  }

  // ---- lesson plans and leveling ---------------------------------------------------------------------------

  @Test
  void lessonPlanWarmsUpOnTheClasssMisconceptionAndPrintsTheExitTicket() throws IOException {
    Wrong wrong = typicalWrongAnswers(2);
    Browser student = new Browser(server.port());
    student.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(4), DemoSchool.STUDENT_PASSWORD);
    for (Item item : wrong.items()) {
      answer(student, item, item.wrongAnswers().get(0).answer());
    }
    String skill = wrong.template().skill();
    Browser t = teacher();
    HttpResponse<String> form = t.get("/teacher/classes/" + maple + "/lesson");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("<option value=\"" + skill + "\"");
    HttpResponse<String> page = t.get("/teacher/classes/" + maple + "/lesson?skill=" + skill);
    assertThat(page.statusCode()).isEqualTo(200);
    String name = MisconceptionGuide.bundled().get(wrong.misconception()).name();
    assertThat(page.body()).contains("Objectives").contains("Warm-up").contains("Worked example")
        .contains("Exit ticket").contains("Notes for the teacher")
        .contains(name + ", ").contains("times in this class")
        .containsPattern("\\d+ not started, \\d+ learning, \\d+ nearly there, \\d+ mastered");
    assertThat(count(page.body(), "(level ")).isEqualTo(6);

    HttpResponse<byte[]> pdf = getBytes(t, "/teacher/classes/" + maple + "/lesson/exit-ticket.pdf?skill=" + skill);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(darkPixels(new PDFRenderer(doc).renderImageWithDPI(0, 72))).isGreaterThan(300);
    }
    assertThat(t.get("/teacher/classes/" + maple + "/lesson?skill=no-such-skill").statusCode()).isEqualTo(400);
    assertThat(getBytes(t, "/teacher/classes/" + maple + "/lesson/exit-ticket.pdf?skill=nope").statusCode())
        .isEqualTo(400);
  }

  @Test
  void levelingMeasuresPastedTextAndRefusesTooLongTextWithoutLosingIt() {
    Browser t = teacher();
    assertThat(t.get("/teacher/leveling").statusCode()).isEqualTo(200);
    String text = "The cat sat on the mat. Mathematical reasoning requires considerable concentration and "
        + "understanding of relationships between quantities that are represented symbolically.";
    HttpResponse<String> r = t.submit("/teacher/leveling", Map.of("text", text));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Flesch–Kincaid grade").contains("Coleman–Liau grade")
        .containsPattern("Sentences, words, syllables</th><td>2, \\d+, \\d+")
        .contains("considerable").contains("mathematical");

    String tooLong = "Count the apples. ".repeat(1200); // 21,600 characters
    HttpResponse<String> refused = t.submit("/teacher/leveling", Map.of("text", tooLong));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("role=\"alert\"").contains("at most 20000").contains(tooLong.strip());
    assertThat(t.submit("/teacher/leveling", Map.of("text", " ")).statusCode()).isEqualTo(400);

    Browser student = new Browser(server.port());
    student.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(5), DemoSchool.STUDENT_PASSWORD);
    assertThat(student.get("/teacher/leveling").statusCode()).isEqualTo(403);
  }

  // ---- who may use them -------------------------------------------------------------------------------------

  @Test
  void anotherTeacherAdminsStudentsAndStrangersAreKeptOut() throws IOException {
    Browser other = new Browser(server.port());
    assertThat(other.loginStaff(OTHER_EMAIL, OTHER_PASSWORD).statusCode()).isEqualTo(303);
    other.get("/teacher");
    for (String path : List.of("/dashboard", "/dashboard/live", "/quiz", "/gradebook.csv",
        "/students/1/parent-note", "/lesson", "/lesson?skill=" + twoSkills().get(0),
        "/lesson/exit-ticket.pdf?skill=" + twoSkills().get(0))) {
      assertThat(other.get("/teacher/classes/" + maple + path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(postBytes(other, "/teacher/classes/" + maple + "/quiz",
        quizForm("Steal", "5", "EASY", twoSkills(), "pdf"), true).statusCode()).isEqualTo(404);

    Browser admin = new Browser(server.port());
    admin.loginStaff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    assertThat(admin.get("/teacher/classes/" + maple + "/dashboard").statusCode()).isEqualTo(403);

    Browser student = new Browser(server.port());
    student.loginStudent(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(3), DemoSchool.STUDENT_PASSWORD);
    assertThat(student.get("/teacher/classes/" + maple + "/gradebook.csv").statusCode()).isEqualTo(403);

    Browser stranger = new Browser(server.port());
    assertThat(stranger.get("/teacher/classes/" + maple + "/dashboard").statusCode()).isEqualTo(302);
    assertThat(stranger.get("/teacher/classes/999999/dashboard").statusCode()).isEqualTo(302);
    assertThat(teacher().get("/teacher/classes/999999/dashboard").statusCode()).isEqualTo(404);
  }

  @Test
  void quizPostWithoutTheCsrfTokenIsRefused() throws IOException {
    Browser t = teacher();
    t.get("/teacher/classes/" + maple + "/quiz");
    HttpResponse<byte[]> r = postBytes(t, "/teacher/classes/" + maple + "/quiz",
        quizForm("No token", "5", "EASY", twoSkills(), "pdf"), false);
    assertThat(r.statusCode()).isEqualTo(403);
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  static List<String[]> quizForm(String title, String count, String difficulty, List<String> skills,
      String format) {
    List<String[]> f = new ArrayList<>();
    f.add(new String[] {"title", title});
    f.add(new String[] {"count", count});
    f.add(new String[] {"difficulty", difficulty});
    skills.forEach(s -> f.add(new String[] {"skill", s}));
    f.add(new String[] {"format", format});
    return f;
  }

  /** A form post that reads the answer as bytes (downloads), with the session cookie and, if asked, the token. */
  HttpResponse<byte[]> postBytes(Browser b, String path, List<String[]> fields, boolean withCsrf) {
    List<String[]> all = new ArrayList<>(fields);
    if (withCsrf) {
      all.add(new String[] {"_csrf", b.lastCsrf()});
    }
    String body = all.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "stepwise_session=" + b.sessionCookie())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<byte[]> getBytes(Browser b, String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Cookie", "stepwise_session=" + b.sessionCookie())
        .GET().build());
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (lum < 300) {
          dark++;
        }
      }
    }
    return dark;
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
