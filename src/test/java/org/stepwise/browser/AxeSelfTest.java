package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The accessibility check can fail: on a deliberately broken page (an image without alternative text, a field
 * without a label, grey-on-white text) axe-core, as injected by {@link Axe}, reports serious or critical
 * violations. Without this, a harness that silently ran nothing would pass every page.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeSelfTest {
  private ChromeDriver driver;
  private Path profile;

  @BeforeAll
  void start() throws java.io.IOException {
    Chromium.requireInstalled();
    profile = Files.createTempDirectory("stepwise-chromium-");
    driver = Chromium.start(profile);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      AppServer.deleteTree(profile);
    }
  }

  @Test
  void brokenPageHasSeriousViolations() {
    String html = "<!DOCTYPE html><html lang=en><head><title>broken</title></head><body><main>"
        + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"
        + "<input type=text>"
        + "<p style='color:#bbb;background:#fff'>faint text</p></main></body></html>";
    driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    List<Axe.Violation> found = Axe.check(driver);
    assertThat(found.stream().filter(Axe.Violation::seriousOrWorse).map(Axe.Violation::rule))
        .contains("image-alt", "label", "color-contrast");
  }

  @Test
  void cleanPageHasNone() {
    String html = "<!DOCTYPE html><html lang=en><head><title>clean</title></head><body><main><h1>Fine</h1>"
        + "<label for=a>Answer</label><input id=a type=text></main></body></html>";
    driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(Axe.check(driver)).noneMatch(Axe.Violation::seriousOrWorse);
  }
}
