package org.stepwise.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One student's browser tab on the running server: sign in, read the mastery bars of the home page, and read the
 * student's own records through the JSON API from inside the page (same session cookie, no navigation away).
 */
final class StudentBrowser {
  private static final ObjectMapper JSON = new ObjectMapper();
  final ChromeDriver driver;
  final AppServer server;

  StudentBrowser(ChromeDriver driver, AppServer server) {
    this.driver = driver;
    this.server = server;
  }

  /**
   * A fresh 15-second wait that fails with {@code message} (waits are not shared: their settings stick). Elements
   * that go stale while it polls are simply looked up again: the pages are replaced by form posts under it.
   */
  WebDriverWait waitFor(java.util.function.Supplier<String> message) {
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(15));
    w.withMessage(message);
    w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return w;
  }

  void open(String path) {
    driver.get(server.url(path));
  }

  /** Signs in with the mouse and the keyboard as a student would, and lands on the student home. */
  void signIn(String classCode, String username, String password) {
    open("/login/student");
    driver.findElement(By.id("classCode")).sendKeys(classCode);
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form[action='/login/student'] button[type=submit]")).click();
    waitForPath("/student");
  }

  void waitForPath(String path) {
    waitFor(() -> "expected to arrive at " + path + " but the browser is at " + driver.getCurrentUrl())
        .until(ExpectedConditions.urlToBe(server.url(path)));
  }

  /** The mastery bars of the student home, skill id to percent, as the student sees them. */
  Map<String, Integer> masteryBars() {
    open("/student");
    Map<String, Integer> bars = new LinkedHashMap<>();
    for (WebElement p : driver.findElements(By.cssSelector("progress[aria-labelledby^='skill-']"))) {
      String skill = p.getDomAttribute("aria-labelledby").substring("skill-".length());
      bars.putIfAbsent(skill, Integer.parseInt(p.getDomAttribute("value")));
    }
    return bars;
  }

  /** The skills of the student home that have a "Practise" link or button (in their {@code li.skill}). */
  java.util.List<String> practisableSkills() {
    open("/student");
    java.util.List<String> out = new java.util.ArrayList<>();
    for (WebElement li : driver.findElements(By.cssSelector("li.skill"))) {
      var label = li.findElements(By.cssSelector("[id^='skill-']"));
      boolean practise = li.findElements(By.cssSelector("a, button")).stream()
          .anyMatch(e -> e.getText().matches("(?is).*practi[sc]e.*"));
      if (!label.isEmpty() && practise) {
        out.add(label.get(0).getDomAttribute("id").substring("skill-".length()));
      }
    }
    return out;
  }

  long myId() {
    return getJson("/api/me").path("id").asLong();
  }

  /** The stored mastery estimate (0..1) of one skill, or 0 when the student has none yet. */
  double storedMastery(String skillId) {
    for (JsonNode m : getJson("/api/students/" + myId() + "/mastery")) {
      if (skillId.equals(m.path("skillId").asText())) {
        return m.path("pMastery").asDouble();
      }
    }
    return 0;
  }

  /** The student's most recent stored attempt (the server's record of what was answered and judged). */
  JsonNode latestAttempt() {
    JsonNode list = getJson("/api/students/" + myId() + "/attempts?limit=1");
    return list.isEmpty() ? JSON.createObjectNode() : list.get(0);
  }

  /** Waits until an attempt newer than {@code previousId} is stored, and returns it. */
  JsonNode waitForAttemptAfter(long previousId) {
    JsonNode[] seen = new JsonNode[1];
    // A form that posts and redirects reloads the page under the in-page fetch; such a try is simply repeated.
    WebDriverWait w = waitFor(() -> "no new attempt was stored after attempt " + previousId);
    w.ignoring(org.openqa.selenium.JavascriptException.class, org.openqa.selenium.ScriptTimeoutException.class);
    w.until(d -> {
          seen[0] = latestAttempt();
          return seen[0].path("id").asLong(0) > previousId;
        });
    return seen[0];
  }

  /** GET of a JSON route with the page's own session, from inside the page. */
  JsonNode getJson(String path) {
    Object raw = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
          .then(r => r.text().then(t => done(JSON.stringify({ status: r.status, body: t }))))
          .catch(e => done(JSON.stringify({ status: 0, body: String(e) })));
        """, path);
    try {
      JsonNode r = JSON.readTree(String.valueOf(raw));
      if (r.path("status").asInt() != 200) {
        throw new AssertionError("GET " + path + " answered " + r.path("status").asInt() + ": "
            + r.path("body").asText());
      }
      return JSON.readTree(r.path("body").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
