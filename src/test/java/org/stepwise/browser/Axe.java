package org.stepwise.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (installed from npm, pinned in package.json / package-lock.json) injected into the page under test and
 * run there. If {@code node_modules/axe-core} is absent, {@code npm ci} installs it first.
 */
final class Axe {
  static final Path SCRIPT = Path.of("node_modules", "axe-core", "axe.min.js");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String source;

  /** One rule that failed, with the elements that fail it. */
  record Violation(String rule, String impact, String help, List<String> targets) {
    boolean seriousOrWorse() {
      return "serious".equals(impact) || "critical".equals(impact);
    }

    @Override
    public String toString() {
      return "[" + impact + "] " + rule + ": " + help + " at " + targets;
    }
  }

  private Axe() {}

  /** Runs every axe rule (WCAG 2.x A/AA and best practices) on the current page. */
  static List<Violation> check(WebDriver driver) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    // The page's Content-Security-Policy does not apply to WebDriver's script evaluation, so axe can be injected.
    js.executeScript(source()); // axe-core's bundle defines window.axe
    Object raw = js.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        window.axe.run(document, { resultTypes: ['violations'] })
          .then(r => done(JSON.stringify({ passed: r.passes.length, violations: r.violations.map(v => ({
            rule: v.id, impact: v.impact, help: v.help,
            targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.html || '').slice(0, 120))
          })) })))
          .catch(e => done(JSON.stringify({ error: String(e) })));
        """);
    try {
      JsonNode r = JSON.readTree(String.valueOf(raw));
      if (r.has("error")) {
        throw new AssertionError("axe-core failed to run: " + r.path("error").asText());
      }
      List<Violation> out = new ArrayList<>();
      for (JsonNode v : r.path("violations")) {
        List<String> targets = new ArrayList<>();
        v.path("targets").forEach(t -> targets.add(t.asText()));
        out.add(new Violation(v.path("rule").asText(), v.path("impact").asText(), v.path("help").asText(),
            targets));
      }
      String url = driver.getCurrentUrl();
      System.out.println("axe-core on " + (url.length() > 80 ? url.substring(0, 80) + "…" : url) + ": " + r.path("passed").asInt()
          + " rules passed, " + out.size() + " violated");
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized String source() {
    if (source == null) {
      ensureInstalled();
      try {
        source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return source;
  }

  /** Installs the pinned axe-core with {@code npm ci} when the build has not done it yet. */
  private static void ensureInstalled() {
    if (Files.isRegularFile(SCRIPT)) {
      return;
    }
    String problem;
    try {
      Process p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
          .redirectErrorStream(true)
          .redirectOutput(Path.of("target", "npm-ci.log").toFile())
          .start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        problem = "npm ci took more than 5 minutes";
      } else {
        problem = p.exitValue() == 0 && Files.isRegularFile(SCRIPT) ? null
            : "npm ci exited " + p.exitValue() + " (see target/npm-ci.log)";
      }
    } catch (IOException e) {
      problem = "npm could not be run: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (problem != null) {
      String msg = "axe-core is not installed (" + SCRIPT + " missing) and " + problem
          + ". Run `npm ci` in the project root (scripts/test-prerequisites does).";
      if (Boolean.getBoolean("stepwise.test.all")) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
  }
}
