package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.math.MathEngine;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;
import org.stepwise.teacher.quiz.QuizSpec;

/**
 * Issue 7: our QTI 3.0 export in a real QTI 3 player. The demo teacher signs in and downloads QTI packages from the
 * quiz form of a class (one item of every skill of the course, in as many packages as the form's skill limit needs);
 * each package is unzipped and served, with the Citolab player ({@code @citolab/qti-components} from
 * node_modules), from a local server. For every item the player shows the statement as MathML and a text input;
 * the answer key typed into that input scores 1, every other accepted spelling scores 1, a slip scores 0 and an
 * empty answer scores 0, all by the item's own response processing run in the player. Screenshots go to
 * target/screenshots/QtiPlayerBrowserTest/.
 */
class QtiPlayerBrowserTest extends BrowserTestBase {
  private static final MathEngine ENGINE = MathEngine.standard();
  private StaticFiles files;
  private Path work;

  @BeforeAll
  void startStaticServer() throws IOException {
    files = StaticFiles.start();
    work = Files.createTempDirectory("stepwise-qti-");
  }

  @AfterAll
  void stopStaticServer() {
    if (files != null) {
      files.close();
    }
    if (work != null) {
      AppServer.deleteTree(work);
    }
  }

  @Test
  void everyExportedItemIsShownAndScoredRightAndWrongByTheCitolabPlayer() {
    long start = System.nanoTime();
    // 1. The teacher's side, through the web app: sign in, open the quiz form of a class, download QTI packages.
    signInAsTeacher();
    String quizPath = quizFormOfFirstClass();
    student.open(quizPath);
    List<String> skills = driver.findElements(By.cssSelector("input[type=checkbox][name=skill]")).stream()
        .map(e -> e.getDomAttribute("value")).toList();
    assertThat(skills).as("skills offered on the quiz form").hasSizeGreaterThan(1);
    shots.take("quiz-form");
    Path downloads = work.resolve("downloads");
    List<QtiExport> exports = new ArrayList<>();
    for (int from = 0, n = 1; from < skills.size(); from += QuizSpec.MAX_SKILLS, n++) {
      List<String> part = skills.subList(from, Math.min(skills.size(), from + QuizSpec.MAX_SKILLS));
      byte[] zip = downloadQti(quizPath, "QTI player check " + n, part, downloads.resolve("p" + n));
      QtiExport export = QtiExport.unzip(zip, work.resolve("p" + n));
      assertThat(export.items()).as("items in package " + n + " (one per chosen skill)").hasSize(part.size());
      exports.add(export);
    }

    // 2. The player's side: a local server with the player, the harness page and the unzipped packages.
    QtiPlayer player = new QtiPlayer(driver, files);
    System.out.printf("qti: @citolab/qti-components %s, %d packages, %d items (downloaded in %.1f s)%n",
        QtiPlayer.version(), exports.size(), exports.stream().mapToInt(e -> e.items().size()).sum(),
        (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    player.open();
    int played = 0;
    for (int p = 0; p < exports.size(); p++) {
      QtiExport export = exports.get(p);
      String base = player.serve("p" + (p + 1), export.dir());
      JsonNode manifest = player.manifest(base);
      assertThat(manifest.path("testURL").asText()).as("the test the player finds through the manifest")
          .isEqualTo(base + export.testHref());
      List<String> refs = new ArrayList<>();
      manifest.path("items").forEach(i -> refs.add(i.path("identifier").asText()));
      assertThat(refs).as("the items of the assessment test, as the player reads them")
          .containsExactlyElementsOf(export.items().stream().map(QtiExport.Item::identifier).toList());

      for (int i = 0; i < export.items().size(); i++) {
        QtiExport.Item item = export.items().get(i);
        String label = "p" + (p + 1) + "-item" + (i + 1);
        playItem(player, base, item, label, played == 0);
        played++;
      }
    }
    assertThat(played).isEqualTo(skills.size());
    System.out.printf("qti: %d items played in %.1f s%n", played, (System.nanoTime() - start) / 1e9);

    // 3. Everything the harness page loaded came from the local server: no CDN, no network.
    List<String> loaded = new ArrayList<>();
    player.resources().forEach(r -> loaded.add(r.asText()));
    assertThat(loaded).as("resources the player page loaded").isNotEmpty()
        .allSatisfy(u -> assertThat(u).startsWith(files.origin() + "/"));
  }

  private void playItem(QtiPlayer player, String base, QtiExport.Item item, String label, boolean alsoEmpty) {
    JsonNode shown = player.show(base + item.href());
    String where = item.identifier() + " (key '" + item.key() + "')";
    assertThat(shown.path("identifier").asText()).as("identifier of %s in the player", where)
        .isEqualTo(item.identifier());
    JsonNode math = shown.path("math");
    assertThat(math.isObject()).as("%s shows a math element; the player shows: %s", where, shown.path("text"))
        .isTrue();
    assertThat(math.path("isMathML").asBoolean()).as("the statement of %s is a MathML element (namespace %s)",
        where, math.path("namespace").asText()).isTrue();
    assertThat(math.path("width").asDouble()).as("rendered width of the statement of %s", where).isPositive();
    assertThat(math.path("height").asDouble()).as("rendered height of the statement of %s", where).isPositive();
    assertThat(math.path("text").asText()).as("statement text of %s", where).isNotBlank();
    String alt = math.path("alttext").asText();
    assertThat(alt).as("plain reading (alttext) of %s", where).isNotBlank();
    assertThat(math.path("roots").asInt()).as("square roots typeset in '%s'", alt).isEqualTo(count(alt, "√"));
    assertThat(math.path("powers").asInt() > 0).as("powers typeset in '%s'", alt)
        .isEqualTo(alt.chars().anyMatch(c -> "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0));
    assertThat(shown.path("text").asText()).as("text of %s", where).contains("Answer:");
    assertThat(shown.path("interactions")).as("interactions of %s", where).hasSize(1);
    JsonNode entry = shown.path("interactions").get(0);
    assertThat(entry.path("responseIdentifier").asText()).isEqualTo("RESPONSE");
    assertThat(entry.path("input").asBoolean() && entry.path("visible").asBoolean())
        .as("a visible text input in %s", where).isTrue();
    assertThat(shown.path("maxScore").asText()).as("MAXSCORE of %s", where).isIn("1", "1.0");

    // A decimal question keyed as a fraction (7.48 - 1.7 is 289/50) must accept the decimal a candidate types.
    String decimal = alt.matches(".*\\d\\.\\d.*") ? terminatingDecimal(item.key()) : null;
    if (decimal != null) {
      assertThat(item.accepted()).as("accepted spellings of %s, whose statement '%s' has decimals", where, alt)
          .contains(decimal);
    }

    // The key, typed as a candidate would: the player records it as the response and scores 1.
    WebElement input = player.input();
    player.type(input, item.key());
    JsonNode right = player.processResponse();
    assertThat(lastText(right.path("responses"))).as("response the player recorded for %s", where)
        .isEqualTo(item.key());
    assertScore(right, item.key(), 1, where);
    shots.take(label + "-right");

    // Every other spelling the export declares accepted ("x=3", "3" for "x = 3", "5.78" for 289/50) scores 1.
    for (String spelling : item.accepted()) {
      if (!spelling.equals(item.key())) {
        player.type(input, spelling);
        assertScore(player.processResponse(), spelling, 1, where);
      }
    }

    // A slip (the engine confirms it is not equivalent to the key) scores 0.
    String wrong = slip(item.key());
    player.type(input, wrong);
    assertScore(player.processResponse(), wrong, 0, where);
    if (alsoEmpty) {
      shots.take(label + "-wrong");
      player.type(input, "");
      assertScore(player.processResponse(), "", 0, where);
    }
    System.out.println("qti: " + where + " right 1, " + (item.accepted().size() - 1) + " more spellings 1, '"
        + wrong + "' 0");
  }

  private static void assertScore(JsonNode scored, String typed, int expected, String where) {
    String what = "SCORE of " + where + " for '" + typed + "' (player state: " + scored + ")";
    assertThat(scored.path("ran").asBoolean()).as("the player ran the response processing of %s", where).isTrue();
    if (!typed.isEmpty()) {
      assertThat(scored.path("response").asText()).as("RESPONSE of %s", where).isEqualTo(typed);
    }
    assertThat(Double.parseDouble(scored.path("score").asText())).as(what).isEqualTo(expected);
    // the player also announces the outcome in its qti-outcome-changed event
    assertThat(Double.parseDouble(lastText(scored.path("scoreEvents")))).as("qti-outcome-changed: " + what)
        .isEqualTo(expected);
  }

  private static String lastText(JsonNode array) {
    assertThat(array.isArray() && !array.isEmpty()).as("player events: %s", array).isTrue();
    return array.get(array.size() - 1).asText();
  }

  /**
   * A plausible slip: one digit of the key changed, or the other special answer; the engine must find it not
   * equivalent to the key under every kind of check that can read both, so a "wrong" answer is really wrong.
   */
  static String slip(String key) {
    List<String> candidates = new ArrayList<>();
    if (key.equalsIgnoreCase("no solution")) {
      candidates.add("all real numbers");
    } else if (key.equalsIgnoreCase("all real numbers")) {
      candidates.add("no solution");
    }
    for (int i = key.length() - 1; i >= 0; i--) {
      char c = key.charAt(i);
      if (Character.isDigit(c)) {
        // one up, or one down from a 9, so a denominator never becomes 0
        char other = c == '9' ? '8' : (char) (c + 1);
        candidates.add(key.substring(0, i) + other + key.substring(i + 1));
      }
    }
    candidates.add(key + " + 1");
    for (String c : candidates) {
      if (!equivalentUnderAnyKind(key, c)) {
        return c;
      }
    }
    throw new AssertionError("no wrong answer could be made for the key '" + key + "'");
  }

  private static boolean equivalentUnderAnyKind(String key, String typed) {
    for (Kind kind : Kind.values()) {
      try {
        if (ENGINE.check(CheckRequest.of(kind, key, typed)).equivalent()) {
          return true;
        }
      } catch (RuntimeException e) {
        // this kind of check cannot read the key or the slip; the others decide
      }
    }
    return false;
  }

  private void signInAsTeacher() {
    student.open("/login");
    driver.findElement(By.id("email")).sendKeys(DemoSchool.TEACHER_EMAIL);
    driver.findElement(By.id("password")).sendKeys(DemoSchool.TEACHER_PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    student.waitForPath("/teacher");
  }

  private String quizFormOfFirstClass() {
    student.open("/teacher");
    WebElement link = driver.findElement(By.linkText(DemoSchool.CLASS_NAMES.get(0)));
    String href = link.getDomAttribute("href");
    assertThat(href).matches("/teacher/classes/\\d+");
    return href + "/quiz";
  }

  /**
   * Fills the quiz form as the teacher would (title, one question per skill, mixed difficulty, exactly these
   * skills) and presses "Download QTI 3.0 package"; Chromium saves the file into {@code dir}.
   */
  private byte[] downloadQti(String quizPath, String title, List<String> skills, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    student.open(quizPath);
    WebElement t = driver.findElement(By.id("q-title"));
    t.clear();
    t.sendKeys(title);
    WebElement count = driver.findElement(By.id("q-count"));
    count.clear();
    count.sendKeys(String.valueOf(skills.size()));
    new Select(driver.findElement(By.id("q-diff"))).selectByValue("MIXED");
    // Clicks in the page, not one WebDriver round trip per checkbox: there are 62 of them and the machines are slow.
    driver.executeScript("""
        const wanted = new Set(arguments[0]);
        for (const box of document.querySelectorAll('input[type=checkbox][name=skill]')) {
          if (box.checked !== wanted.has(box.value)) box.click();
        }
        """, skills);
    List<String> checked = driver.findElements(By.cssSelector("input[type=checkbox][name=skill]:checked")).stream()
        .map(e -> e.getDomAttribute("value")).toList();
    assertThat(checked).as("skills ticked on the form").containsExactlyInAnyOrderElementsOf(skills);
    driver.findElement(By.cssSelector("button[name=format][value=qti]")).click();
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(30));
    w.withMessage(() -> "no QTI package was downloaded into " + dir + " (the page says: "
        + driver.findElement(By.tagName("body")).getText().lines().limit(12).toList() + ")");
    Path zip = w.until(d -> finishedZip(dir));
    try {
      return Files.readAllBytes(zip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path finishedZip(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> all = s.toList();
      if (all.stream().anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"))) {
        return null;
      }
      return all.stream().filter(p -> p.getFileName().toString().endsWith("-qti.zip")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code 289/50} as {@code 5.78}, or null when the key is no fraction or its decimal does not end. */
  static String terminatingDecimal(String key) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d+)/(\\d+)").matcher(key.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      return new java.math.BigDecimal(m.group(1)).divide(new java.math.BigDecimal(m.group(2))).stripTrailingZeros()
          .toPlainString();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
