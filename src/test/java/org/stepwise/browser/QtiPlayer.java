package org.stepwise.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Citolab QTI 3 player ({@code @citolab/qti-components}, pinned in package.json) in the browser, through the
 * harness page of {@code src/test/resources/qti-harness}. The player's files come from {@code node_modules} and the
 * packages from folders on disk, all through one local {@link StaticFiles} server. Answers are typed into the
 * player's own text input; scores are what the player's {@code qti-assessment-item} computes.
 */
final class QtiPlayer {
  static final Path PACKAGE = Path.of("node_modules", "@citolab", "qti-components");
  static final Path BUNDLE = PACKAGE.resolve("cdn/index.js");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChromeDriver driver;
  private final StaticFiles files;

  QtiPlayer(ChromeDriver driver, StaticFiles files) {
    this.driver = driver;
    this.files = files;
    ensureInstalled();
    files.mount("player", new StaticFiles.Folder(PACKAGE));
    files.mount("harness", new StaticFiles.Classpath("qti-harness"));
  }

  /** The installed player's version, from its package.json. */
  static String version() {
    try {
      return JSON.readTree(PACKAGE.resolve("package.json").toFile()).path("version").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves an unzipped package under {@code /name/} and returns its base URL. */
  String serve(String name, Path dir) {
    files.mount(name, new StaticFiles.Folder(dir));
    return files.url("/" + name + "/");
  }

  void open() {
    driver.get(files.url("/harness/index.html"));
    WebDriverWait w = new WebDriverWait(driver, Duration.ofSeconds(30));
    w.withMessage(() -> "the QTI player harness did not load; its status line says: "
        + driver.findElement(By.id("status")).getText());
    w.until(d -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  /** The package as the player's manifest loader reads it (manifest, then the test's item refs). */
  JsonNode manifest(String baseUrl) {
    return call("return window.qtiHarness.manifest(arguments[0])", baseUrl + "imsmanifest.xml");
  }

  /** Shows one item; the answer says what the player rendered (identifier, text, MathML, inputs). */
  JsonNode show(String itemUrl) {
    return call("return window.qtiHarness.show(arguments[0])", itemUrl);
  }

  /**
   * Empties the shown item's text input and types {@code answer} into it with the keyboard, as a candidate would
   * (the interaction saves its response on every key up). One WebDriver call: the machines are slow.
   */
  void type(WebElement input, String answer) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, answer);
  }

  /** The text input the player rendered (inside the interaction's shadow root) for the shown item. */
  WebElement input() {
    return driver.findElement(By.cssSelector("#stage qti-text-entry-interaction")).getShadowRoot()
        .findElement(By.cssSelector("input"));
  }

  /** Runs the item's response processing in the player and returns what it reports. */
  JsonNode processResponse() {
    return call("return window.qtiHarness.processResponse()");
  }

  JsonNode resources() {
    return call("return window.qtiHarness.resources()");
  }

  /** Runs a harness function (which may return a promise) and reads its result as JSON. */
  private JsonNode call(String script, Object... args) {
    Object raw = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const args = Array.prototype.slice.call(arguments, 1, arguments.length - 1);
        Promise.resolve().then(() => new Function(arguments[0]).apply(null, args))
          .then(r => done(JSON.stringify({ ok: r === undefined ? null : r })))
          .catch(e => done(JSON.stringify({ error: String(e && e.stack || e) })));
        """, prepend(script, args));
    try {
      JsonNode r = JSON.readTree(String.valueOf(raw));
      if (r.has("error")) {
        throw new AssertionError("the QTI player harness failed: " + r.path("error").asText());
      }
      return r.path("ok");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /** Installs the pinned packages with {@code npm ci} when the build has not done it yet (as {@link Axe} does). */
  private static void ensureInstalled() {
    if (Files.isRegularFile(BUNDLE)) {
      return;
    }
    String problem;
    try {
      Files.createDirectories(Path.of("target"));
      Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
          .redirectErrorStream(true)
          .redirectOutput(Path.of("target", "npm-ci.log").toFile())
          .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        problem = "npm ci took more than 5 minutes";
      } else {
        problem = p.exitValue() == 0 && Files.isRegularFile(BUNDLE) ? null
            : "npm ci exited " + p.exitValue() + " (see target/npm-ci.log)";
      }
    } catch (IOException e) {
      problem = "npm could not be run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (problem != null) {
      String msg = "The QTI player @citolab/qti-components is not installed (" + BUNDLE + " missing) and " + problem
          + ". Run `npm ci` in the project root (scripts/test-prerequisites does).";
      if (Boolean.getBoolean("stepwise.test.all")) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
  }
}
