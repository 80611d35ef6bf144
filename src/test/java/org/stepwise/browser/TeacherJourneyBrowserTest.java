package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.teacher.text.MisconceptionGuide;

/**
 * Issue 7's acceptance journey, through the UI only, in real Chromium: the demo teacher creates a class with the
 * form, imports a OneRoster CSV roster (which makes a class of its own, with first passwords shown once), assigns
 * "Two-step equations" by searching its standard; three students of the imported class sign in with the class code
 * and those passwords, each in a browser session of their own, and practise: two give the item's typical wrong
 * answer for the same misconception, one of them three times in a row, and the third answers right. The teacher's
 * live dashboard then shows the stuck student under "Needs help now", both students in one misconception group with
 * its mini-lesson, and every student in the heatmap; the quiz page prints a PDF with one paper per student, which is
 * rendered and read back (text layer and pixels). No step writes to the database or calls the server directly.
 */
class TeacherJourneyBrowserTest extends BrowserTestBase {
  private static final Course COURSE = ContentLoader.loadBundled();
  private static final MisconceptionGuide GUIDE = MisconceptionGuide.bundled();
  private static final String SKILL = "two-step";
  private static final String SKILL_TITLE = "Two-step equations";
  private static final String STANDARD = "7.EE.B.4a";
  /** The misconception every wrong answer of the journey shows: the label of the template's typical wrong answers. */
  private static final String MISCONCEPTION = "sign_error_moving_term";
  private static final String ROSTER_CLASS = "Grade 7 Maths (Journey Oak)";
  private static final RosterCsv.Student STUCK = new RosterCsv.Student("stu-1", "mira.k", "Mira", "Kowalski");
  private static final RosterCsv.Student SLIPS = new RosterCsv.Student("stu-2", "tom.b", "Tom", "Baker");
  private static final RosterCsv.Student RIGHT = new RosterCsv.Student("stu-3", "lena.p", "Lena", "Park");

  private Path work;
  private ChromeDriver studentDriver;

  /** The first passwords of the imported students, read off the import page as a teacher would. */
  private record Login(String name, String username, String password) {}

  @AfterAll
  void stopStudentBrowser() {
    if (studentDriver != null) {
      studentDriver.quit();
    }
    if (work != null) {
      AppServer.deleteTree(work);
    }
  }

  @Test
  void aTeacherSetsUpAssignsWatchesTheDashboardAndPrintsAQuiz() throws IOException {
    long start = System.nanoTime();
    work = Files.createTempDirectory("stepwise-journey-");
    // The teacher's one session is this test class's browser; the students get a browser of their own.
    StudentBrowser teacher = student;

    // 1. Sign in and create a class with the form on the home page.
    teacher.open("/login");
    driver.findElement(By.id("email")).sendKeys(DemoSchool.TEACHER_EMAIL);
    driver.findElement(By.id("password")).sendKeys(DemoSchool.TEACHER_PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    teacher.waitForPath("/teacher");
    driver.findElement(By.id("new-class-name")).sendKeys("Rowan 7 (journey)");
    driver.findElement(By.cssSelector("form[action='/teacher/classes'] button[type=submit]")).click();
    teacher.waitFor(() -> "creating a class did not open its page (at " + driver.getCurrentUrl() + ")")
        .until(d -> d.getCurrentUrl().matches(".*/teacher/classes/\\d+$"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Rowan 7 (journey)");
    assertThat(driver.findElement(By.cssSelector("p.meta strong.code")).getText()).matches("[A-Z0-9]{4,12}");
    assertThat(driver.findElement(By.cssSelector("p.meta")).getText()).contains("0 students");
    shots.take("class-created");

    // 2. Import a OneRoster roster: from the new class to its tools page, then "Import a roster".
    driver.findElement(By.linkText("Live dashboard, quizzes and exports")).click();
    driver.findElement(By.linkText("Import a roster")).click();
    teacher.waitForPath("/teacher/roster");
    RosterCsv csv = RosterCsv.write(work.resolve("roster"), ROSTER_CLASS, List.of(STUCK, SLIPS, RIGHT));
    driver.findElement(By.id("r-users")).sendKeys(csv.users().toAbsolutePath().toString());
    driver.findElement(By.id("r-classes")).sendKeys(csv.classes().toAbsolutePath().toString());
    driver.findElement(By.id("r-enr")).sendKeys(csv.enrollments().toAbsolutePath().toString());
    driver.findElement(By.xpath("//button[normalize-space()='Check and import']")).click();
    teacher.waitFor(() -> "the roster import did not report 'Imported'; the page says: " + bodyStart())
        .until(d -> !d.findElements(By.id("ok-h")).isEmpty());
    WebElement imported = driver.findElement(By.xpath("//h3[a[normalize-space()='" + ROSTER_CLASS + "']]"));
    String classCode = imported.findElement(By.cssSelector("strong.code")).getText();
    Map<String, Login> logins = new LinkedHashMap<>();
    for (WebElement row : imported.findElements(By.xpath("following-sibling::table[1]/tbody/tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      logins.put(cells.get(1).getText(), new Login(cells.get(0).getText(), cells.get(1).getText(),
          cells.get(2).getText()));
    }
    assertThat(logins.keySet()).as("students imported (the teacher row is left out)")
        .containsExactly(STUCK.username(), SLIPS.username(), RIGHT.username());
    assertThat(logins.values()).allSatisfy(l -> assertThat(l.password()).matches("\\S{8,}"));
    assertThat(logins.get(STUCK.username()).name()).isEqualTo(STUCK.displayName());
    shots.take("roster-imported");

    // 3. Assign the skill in the imported class: search its standard, tick it, set target and due date.
    imported.findElement(By.tagName("a")).click();
    teacher.waitFor(() -> "the imported class's page has no 'New assignment' link (at " + driver.getCurrentUrl()
        + ")").until(d -> !d.findElements(By.id("new-assignment")).isEmpty());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(ROSTER_CLASS);
    String classPage = driver.getCurrentUrl().replaceAll("#.*", "");
    driver.findElement(By.id("new-assignment")).click();
    driver.findElement(By.id("a-title")).sendKeys("Two-step equations this week");
    driver.findElement(By.id("a-q")).sendKeys(STANDARD, Keys.ENTER);
    teacher.waitFor(() -> "searching by standard did not list the skill: " + bodyStart())
        .until(d -> !d.findElements(By.id("r-" + SKILL)).isEmpty());
    driver.findElement(By.cssSelector("label[for='r-" + SKILL + "']")).click();
    WebElement target = driver.findElement(By.id("a-target"));
    target.clear();
    target.sendKeys("85");
    LocalDate due = LocalDate.now().plusDays(7);
    // Chromium's date field takes the digits in the order of its en-US display, month/day/year.
    driver.findElement(By.id("a-due")).sendKeys(due.format(DateTimeFormatter.ofPattern("MMddyyyy", Locale.US)));
    assertThat(driver.findElement(By.id("a-due")).getDomProperty("value")).isEqualTo(due.toString());
    shots.take("assignment-form");
    driver.findElement(By.xpath("//button[normalize-space()='Create assignment']")).click();
    teacher.waitFor(() -> "saving the assignment did not return to the class page: " + bodyStart())
        .until(d -> d.getCurrentUrl().endsWith("#assignments"));
    String row = driver.findElement(By.xpath("//tr[th[normalize-space()='Two-step equations this week']]")).getText();
    assertThat(row).contains(SKILL_TITLE).contains("85%");
    assertThat(driver.getCurrentUrl()).startsWith(classPage);

    // 4. The students practise, each in a fresh session of a second browser, signing in with the class code.
    studentDriver = Chromium.start(work.resolve("student-profile"));
    StudentBrowser pupil = new StudentBrowser(studentDriver, server);
    Screenshots pupilShots = new Screenshots(studentDriver, getClass().getSimpleName() + "/students");

    signIn(pupil, classCode, logins.get(STUCK.username()));
    for (int i = 1; i <= 3; i++) {
      // a new item each time, each answered with that item's own typical wrong answer
      answerTypicallyWrong(PracticePage.open(pupil, SKILL), pupil);
    }
    pupilShots.take("stuck-student-third-wrong");

    studentDriver.manage().deleteAllCookies();
    signIn(pupil, classCode, logins.get(SLIPS.username()));
    answerTypicallyWrong(PracticePage.open(pupil, SKILL), pupil);
    PracticePage second = PracticePage.open(pupil, SKILL);
    answerTypicallyWrong(second, pupil);
    answerRight(second, pupil); // the same item again, right this time: not stuck
    pupilShots.take("second-student-right-after-two-wrong");

    studentDriver.manage().deleteAllCookies();
    signIn(pupil, classCode, logins.get(RIGHT.username()));
    answerRight(PracticePage.open(pupil, SKILL), pupil);
    pupilShots.take("third-student-right");
    studentDriver.manage().deleteAllCookies();

    // 5. The teacher's live dashboard of the imported class.
    // the teacher's tab has waited on the class page; back to the class list by the site's own link, then on
    driver.findElement(By.cssSelector("header a.brand")).click();
    teacher.waitForPath("/teacher");
    driver.findElement(By.linkText(ROSTER_CLASS)).click();
    teacher.waitFor(() -> "the class link did not open the class page: " + driver.getCurrentUrl())
        .until(d -> d.getCurrentUrl().equals(classPage));
    driver.findElement(By.linkText("Live dashboard, quizzes and exports")).click();
    teacher.waitFor(() -> "the live dashboard did not open: " + bodyStart())
        .until(d -> !d.findElements(By.id("help-h")).isEmpty());
    WebElement help = driver.findElement(By.xpath("//section[h2[@id='help-h']]"));
    List<String> helpItems = help.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    assertThat(helpItems).as("'Needs help now'").hasSize(1);
    assertThat(helpItems.get(0)).startsWith(STUCK.displayName() + ":")
        .contains("3 wrong in a row on " + SKILL_TITLE);

    MisconceptionGuide.Entry entry = GUIDE.get(MISCONCEPTION);
    WebElement groups = driver.findElement(By.xpath("//section[h2[@id='groups-h']]"));
    List<WebElement> headings = groups.findElements(By.tagName("h3"));
    assertThat(headings).as("suggested small groups").hasSize(1);
    assertThat(headings.get(0).getText()).contains(entry.name()).contains("(5 wrong answers)");
    String members = groups.findElement(By.xpath(".//p[starts-with(normalize-space(), 'Students:')]")).getText();
    assertThat(members.substring("Students:".length()).split(","))
        .extracting(String::strip).containsExactlyInAnyOrder(STUCK.displayName(), SLIPS.displayName());
    assertThat(groups.findElement(By.xpath(".//p[strong[normalize-space()='Mini-lesson:']]")).getText())
        .isEqualTo("Mini-lesson: " + entry.miniLesson());

    List<String> heatRows = driver.findElements(By.cssSelector("table.grid tbody th[scope=row] > a:first-child"))
        .stream().map(WebElement::getText).toList();
    assertThat(heatRows).as("heatmap rows").containsExactlyInAnyOrder(STUCK.displayName(), SLIPS.displayName(),
        RIGHT.displayName());
    assertThat(driver.findElements(By.cssSelector("table.grid thead th")).stream().map(WebElement::getText))
        .contains(SKILL_TITLE);
    shots.take("live-dashboard");
    List<Axe.Violation> violations = Axe.check(driver);
    assertThat(violations.stream().filter(Axe.Violation::seriousOrWorse).map(Axe.Violation::toString).toList())
        .as("serious or critical axe-core violations on the live dashboard").isEmpty();

    // 6. A printable quiz of the assigned skill, downloaded by the browser, then rendered and read back.
    driver.findElement(By.linkText("Make a quiz")).click();
    teacher.waitFor(() -> "the quiz form did not open: " + bodyStart())
        .until(d -> !d.findElements(By.id("q-title")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("input[name=skill]:checked")).stream()
        .map(e -> e.getDomAttribute("value")).toList()).as("skills ticked: the class's assigned skill")
        .containsExactly(SKILL);
    WebElement title = driver.findElement(By.id("q-title"));
    title.clear();
    title.sendKeys("Two-step check");
    WebElement count = driver.findElement(By.id("q-count"));
    count.clear();
    count.sendKeys("3");
    new Select(driver.findElement(By.id("q-diff"))).selectByValue("EASY");
    shots.take("quiz-form");
    Path downloads = work.resolve("downloads");
    Files.createDirectories(downloads);
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    driver.findElement(By.xpath("//button[normalize-space()='Download printable PDF']")).click();
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(30));
    w.withMessage(() -> "no quiz PDF was downloaded into " + downloads + " (the page says: " + bodyStart() + ")");
    Path pdf = w.until(d -> finished(downloads, ".pdf"));
    checkPrintedQuiz(Files.readAllBytes(pdf), List.of(STUCK, SLIPS, RIGHT));
    System.out.printf("journey: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }

  private void signIn(StudentBrowser pupil, String classCode, Login login) {
    pupil.signIn(classCode, login.username(), login.password());
    assertThat(studentDriver.findElement(By.tagName("body")).getText()).contains(login.name())
        .contains(SKILL_TITLE);
  }

  /**
   * Types the typical wrong answer of the item on the page: the item is regenerated from the template and seed the
   * page's form carries, and its wrong answer for {@link #MISCONCEPTION} is used, after the engine confirms that it
   * really is wrong for the statement shown.
   */
  private void answerTypicallyWrong(PracticePage page, StudentBrowser pupil) {
    Item item = itemOnPage(page, pupil);
    List<Item.WrongAnswer> typical = item.wrongAnswers().stream()
        .filter(wa -> wa.misconception().equals(MISCONCEPTION)).toList();
    assertThat(typical).as("typical wrong answers for %s of '%s'", MISCONCEPTION, item.statement()).isNotEmpty();
    String wrong = typical.get(0).answer();
    // the dashboard names the first typical answer this text matches: it must be ours
    assertThat(item.wrongAnswers().stream().filter(wa -> squash(wa.answer()).equals(squash(wrong))).findFirst()
        .orElseThrow().misconception()).isEqualTo(MISCONCEPTION);
    assertThat(AnswerOracle.equivalent(item.statement(), wrong)).as("'%s' is wrong for '%s'", wrong,
        item.statement()).isFalse();
    submit(page, pupil, wrong, "Not yet.");
  }

  private void answerRight(PracticePage page, StudentBrowser pupil) {
    String statement = page.statement();
    submit(page, pupil, AnswerOracle.forStatement(statement).right(), "Right!");
  }

  /** Submits with a click and waits for the new page's verdict. */
  private void submit(PracticePage page, StudentBrowser pupil, String answer, String verdict) {
    WebElement field = page.answerField();
    page.answerWithMouse(answer);
    pupil.waitFor(() -> "the answer '" + answer + "' was not judged (at " + studentDriver.getCurrentUrl() + ")")
        .until(ExpectedConditions.stalenessOf(field));
    String shown = pupil.waitFor(() -> "no verdict after answering '" + answer + "'")
        .until(d -> d.findElements(By.cssSelector("p.verdict[role=status]")).stream().findFirst()
            .map(WebElement::getText).orElse(null));
    assertThat(shown).as("verdict for '%s'", answer).startsWith(verdict);
  }

  /** The item the page shows, regenerated from the template id and seed in its answer form. */
  private Item itemOnPage(PracticePage page, StudentBrowser pupil) {
    String templateId = hidden(pupil, "templateId");
    long seed = Long.parseLong(hidden(pupil, "seed"));
    ItemTemplate t = COURSE.template(templateId).orElseThrow(() -> new AssertionError("unknown template "
        + templateId + " on the practice page"));
    assertThat(t.skill()).isEqualTo(SKILL);
    Item item = new ItemGenerator().generate(t, seed);
    assertThat(item.statement()).as("the item regenerated from the page's form").isEqualTo(page.statement());
    return item;
  }

  private String hidden(StudentBrowser pupil, String name) {
    return pupil.driver.findElement(By.cssSelector("form[action$='/answer'] input[type=hidden][name='" + name
        + "']")).getDomAttribute("value");
  }

  /**
   * The printout: one paper per student (their name on it, the title, numbered items of the skill) and then the
   * answer keys; each key answers its paper's statements as read back from the text layer (checked with the
   * engine); every page is ink on white, not blank; the pages are saved as PNGs next to the screenshots.
   */
  private void checkPrintedQuiz(byte[] pdf, List<RosterCsv.Student> students) {
    List<PrintedQuiz.Page> pages = PrintedQuiz.read(pdf);
    List<PrintedQuiz.Page> papers = pages.stream().filter(p -> !p.text().contains("Answer key")).toList();
    List<PrintedQuiz.Page> keys = pages.stream().filter(p -> p.text().contains("Answer key")).toList();
    assertThat(papers).as("papers (pages before the answer key)").hasSize(students.size());
    assertThat(keys).as("answer key pages").isNotEmpty();
    assertThat(pages.indexOf(keys.get(0))).as("the key follows the papers").isEqualTo(students.size());

    Path dir = Screenshots.ROOT.resolve(getClass().getSimpleName()).resolve("quiz");
    AppServer.deleteTree(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<String>> statementsByVariant = new LinkedHashMap<>();
    List<String> named = new ArrayList<>();
    for (int i = 0; i < papers.size(); i++) {
      PrintedQuiz.Page paper = papers.get(i);
      String text = paper.text();
      List<RosterCsv.Student> on = students.stream().filter(o -> text.contains(o.displayName())).toList();
      assertThat(on).as("students named on paper %d", i + 1).hasSize(1);
      RosterCsv.Student s = on.get(0);
      named.add(s.displayName());
      assertThat(text).as("paper %d", i + 1).contains("Two-step check", "Name:", "Date:");
      Matcher variant = Pattern.compile("Variant (\\S+)").matcher(text);
      assertThat(variant.find()).as("variant code on paper %d", i + 1).isTrue();
      List<String> statements = numbered(text, "Solve .* for x");
      assertThat(statements).as("items on the paper of %s", s.displayName()).hasSize(3);
      statementsByVariant.put(variant.group(1), statements);
      assertInk(paper, "paper of " + s.displayName());
      PrintedQuiz.savePng(paper, dir.resolve(String.format("quiz-page-%d.png", paper.number())));
    }
    assertThat(named).as("one paper per student").containsExactlyInAnyOrderElementsOf(
        students.stream().map(RosterCsv.Student::displayName).toList());
    String keyText = String.join("\n", keys.stream().map(PrintedQuiz.Page::text).toList());
    keys.forEach(k -> {
      assertInk(k, "answer key page " + k.number());
      PrintedQuiz.savePng(k, dir.resolve(String.format("quiz-page-%d.png", k.number())));
    });
    statementsByVariant.forEach((code, statements) -> {
      int at = keyText.indexOf("Variant " + code);
      assertThat(at).as("the key of variant %s", code).isNotNegative();
      int end = keyText.indexOf("Variant ", at + 1);
      List<String> answers = numbered(keyText.substring(at, end < 0 ? keyText.length() : end), "x = .*");
      assertThat(answers).as("answers of variant %s", code).hasSize(statements.size());
      System.out.println("journey: variant " + code + " printed " + statements + ", key " + answers);
      for (int n = 0; n < statements.size(); n++) {
        assertThat(AnswerOracle.equivalent(statements.get(n), answers.get(n)))
            .as("the key's '%s' answers the printed '%s'", answers.get(n), statements.get(n)).isTrue();
      }
    });
  }

  /** The items "1. ..." of a page's text whose body matches {@code body}, in plain ASCII for the engine. */
  private static List<String> numbered(String text, String body) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\s*(\\d+)\\.\\s*(" + body + ")\\s*$").matcher(text);
    while (m.find()) {
      out.add(m.group(2).replace('\u2212', '-').replace('\u00d7', '*').strip());
    }
    return out;
  }

  private static void assertInk(PrintedQuiz.Page page, String what) {
    System.out.printf(Locale.ROOT, "journey: %s: %.4f of the pixels dark%n", what, page.darkShare());
    // a page of printed text is mostly white; blank is 0 and a failed render (all black) is 1
    assertThat(page.darkShare()).as("share of dark pixels on the %s", what).isBetween(0.001, 0.2);
  }

  private static Path finished(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = s.toList();
      if (all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"))) {
        return null;
      }
      return all.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private String bodyStart() {
    return driver.findElement(By.tagName("body")).getText().lines().limit(15).toList().toString();
  }
}
