package org.stepwise.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are set explicitly so that Selenium
 * Manager never tries to download a browser or a driver (the machines reach no network but the package registries).
 */
final class Chromium {
  static final Path BINARY = Path.of(System.getProperty("stepwise.test.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("stepwise.test.chromedriver", "/usr/bin/chromedriver"));
  /** A tablet-sized window: big enough for the pages, small enough to show cramped layouts. */
  static final Dimension WINDOW = new Dimension(1024, 900);

  private Chromium() {}

  /**
   * Skips the calling test when Chromium or chromedriver is missing, except under {@code -Dstepwise.test.all=true}
   * (how {@code ./stepwise test} and CI run), where a missing browser is a failure that says how to install it.
   */
  static void requireInstalled() {
    String missing = !Files.isExecutable(BINARY) ? BINARY.toString()
        : !Files.isExecutable(DRIVER) ? DRIVER.toString() : null;
    if (missing == null) {
      return;
    }
    String msg = "The browser tests need Debian's chromium and chromium-driver, but " + missing + " is not "
        + "executable. Install them with scripts/test-prerequisites (apt-get install chromium chromium-driver).";
    if (Boolean.getBoolean("stepwise.test.all")) {
      throw new AssertionError(msg);
    }
    Assumptions.abort(msg);
  }

  /** A fresh browser with its own empty profile in {@code profileDir}. */
  static ChromeDriver start(Path profileDir) {
    try {
      Files.createDirectories(profileDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--lang=en-US",
        "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
        "--user-data-dir=" + profileDir.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(30))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
