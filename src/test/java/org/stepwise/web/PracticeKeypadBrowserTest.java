package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.math.MathEngine;

/**
 * The practice page's scripts in a real browser (headless Chromium): the keypad types at the caret and is one Tab
 * stop with arrow keys inside, the preview renders what the engine read with KaTeX or says gently what is wrong,
 * read-aloud speaks the spoken form, and the tutor panel works with the keyboard alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeKeypadBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("stepwise.test.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(System.getProperty("stepwise.test.chromedriver",
      "/usr/bin/chromedriver"));

  private TestDatabases.Fresh fresh;
  private WebServer server;
  private ChromeDriver driver;
  private Path profile;

  @BeforeAll
  void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      String msg = "needs chromium and chromedriver (scripts/test-prerequisites)";
      if (Boolean.getBoolean("stepwise.test.all")) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
    fresh = TestDatabases.h2();
    server = WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8),
        new EngineAnswerJudge(MathEngine.standard()),
        new LoginRateLimiter(100, 10_000, Duration.ofMinutes(5), java.time.Clock.systemUTC()));
    profile = Files.createTempDirectory("stepwise-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-extensions", "--no-first-run", "--lang=en-US", "--window-size=1024,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().withTimeout(Duration.ofSeconds(30)).build(), options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    signIn();
  }

  @AfterAll
  void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (fresh != null) {
      fresh.drop().run();
    }
    if (profile != null) {
      try (var paths = Files.walk(profile)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void keypadTypesAtTheCaretAndThePreviewRendersIt() {
    open("/student/practice/one-step-add");
    WebElement answer = driver.findElement(By.id("answer"));
    answer.sendKeys("2x");
    key("open bracket").click();
    key("7").click();
    key("plus").click();
    key("1").click();
    key("close bracket").click();
    assertThat(answer.getDomProperty("value")).isEqualTo("2x(7+1)");
    // the caret moved with what was typed; a key typed after moving the caret goes there
    ((JavascriptExecutor) driver).executeScript("arguments[0].setSelectionRange(2, 2)", answer);
    key("times").click();
    assertThat(answer.getDomProperty("value")).isEqualTo("2x×(7+1)");
    key("delete the character before the cursor").click();
    assertThat(answer.getDomProperty("value")).isEqualTo("2x(7+1)");
    key("fraction a/b").click();
    assertThat(answer.getDomProperty("value")).isEqualTo("2x()/()(7+1)");

    answer.clear();
    answer.sendKeys("x/2 ≤ 3");
    wait(5).until(d -> !d.findElements(By.cssSelector("#preview-math .katex")).isEmpty());
    assertThat(driver.findElement(By.id("preview")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector("#preview-math .katex-mathml annotation")).getDomProperty(
        "textContent")).isEqualTo("\\frac{x}{2} \\le 3");

    answer.sendKeys(")");
    wait(5).until(d -> !d.findElement(By.id("preview-error")).getText().isBlank());
    assertThat(driver.findElement(By.id("preview-error")).getText()).contains("')'");
    assertThat(driver.findElements(By.cssSelector("#preview-math .katex"))).isEmpty();
  }

  @Test
  void theKeypadIsOneTabStopWithArrowKeysInside() {
    open("/student/practice/one-step-add");
    WebElement answer = driver.findElement(By.id("answer"));
    answer.click();
    press(Keys.TAB);
    WebElement first = driver.switchTo().activeElement();
    assertThat(first.getDomAttribute("class")).isEqualTo("key");
    press(Keys.ARROW_RIGHT);
    press(Keys.ARROW_RIGHT);
    WebElement third = driver.switchTo().activeElement();
    assertThat(third.getDomAttribute("aria-label")).isEqualTo("9");
    press(Keys.ENTER);
    press(Keys.SPACE);
    assertThat(answer.getDomProperty("value")).isEqualTo("99");
    press(Keys.TAB); // leaves the keypad: the submit button is next
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Check my answer");
    List<WebElement> keys = driver.findElements(By.cssSelector("#keypad button"));
    assertThat(keys).hasSizeGreaterThanOrEqualTo(28).allSatisfy(k -> {
      assertThat(k.getSize().getHeight()).isGreaterThanOrEqualTo(48);
      assertThat(k.getSize().getWidth()).isGreaterThanOrEqualTo(48);
    });
  }

  @Test
  void theProblemIsDrawnWithKatexAndKeepsItsPlainText() {
    open("/student/practice/one-step-add");
    WebElement section = driver.findElement(By.cssSelector("section.problem"));
    String plain = section.getDomAttribute("data-statement");
    assertThat(plain).startsWith("Solve");
    wait(5).until(d -> !d.findElements(By.cssSelector("#statement .katex")).isEmpty());
    List<String> latex = driver.findElements(By.cssSelector("#statement .katex-mathml annotation")).stream()
        .map(a -> a.getDomProperty("textContent")).toList();
    assertThat(latex).isNotEmpty();
    assertThat(latex.get(0)).contains("=");
    assertThat(driver.findElement(By.id("statement")).getText()).startsWith("Solve");
  }

  @Test
  void readAloudSpeaksTheSpokenForm() {
    open("/student/practice/one-step-add");
    // record what would be spoken (headless Chromium has no voices)
    ((JavascriptExecutor) driver).executeScript(
        "window.__said = []; speechSynthesis.speak = function (u) { window.__said.push(u.text); };");
    WebElement read = driver.findElement(By.id("read-aloud"));
    assertThat(read.isDisplayed()).isTrue();
    read.sendKeys(Keys.ENTER);
    Object said = ((JavascriptExecutor) driver).executeScript("return window.__said.join('|')");
    assertThat(String.valueOf(said)).startsWith("Solve").contains("equals").doesNotContain("=");
  }

  @Test
  void theTutorPanelWorksWithTheKeyboardAlone() {
    open("/student/practice/one-step-add");
    String statement = driver.findElement(By.id("statement")).getText();
    driver.findElement(By.id("answer")).sendKeys("x = 1");
    WebElement box = driver.findElement(By.id("tutor-message"));
    box.sendKeys("I don't get it");
    press(Keys.TAB);
    assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Send to the tutor");
    press(Keys.ENTER);
    wait(10).until(d -> !d.findElements(By.cssSelector(".conversation .from-tutor")).isEmpty());
    assertThat(driver.findElement(By.id("statement")).getText()).isEqualTo(statement);
    assertThat(driver.findElement(By.cssSelector(".conversation .from-student")).getText())
        .contains("I don't get it");
    assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("tutor-message");
    // the answer the student had started is still in the box
    assertThat(driver.findElement(By.id("answer")).getDomProperty("value")).isEqualTo("x = 1");
  }

  private WebElement key(String label) {
    return driver.findElement(By.cssSelector("#keypad button[aria-label='" + label + "']"));
  }

  private void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  private void open(String path) {
    driver.get("http://127.0.0.1:" + server.port() + path);
    wait(10).until(d -> !d.findElement(By.id("keypad")).getDomAttribute("class").isEmpty()
        && d.findElement(By.id("keypad")).isDisplayed());
  }

  private void signIn() {
    driver.get("http://127.0.0.1:" + server.port() + "/login/student");
    driver.findElement(By.id("classCode")).sendKeys(DemoSchool.CLASS_CODES.get(0));
    driver.findElement(By.id("username")).sendKeys(DemoSchool.username(11));
    driver.findElement(By.id("password")).sendKeys(DemoSchool.STUDENT_PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login/student'] button[type=submit]")).click();
    wait(10).until(d -> d.getCurrentUrl().endsWith("/student"));
  }
}
