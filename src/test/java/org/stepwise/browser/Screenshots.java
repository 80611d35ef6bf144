package org.stepwise.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * Saves a numbered PNG per step under {@code target/screenshots/<journey>/}, so a person can look at what a student
 * saw at each step (and at the last step before a failure).
 */
final class Screenshots {
  static final Path ROOT = Path.of("target", "screenshots");
  private final WebDriver driver;
  private final Path dir;
  private int step;

  Screenshots(WebDriver driver, String journey) {
    this.driver = driver;
    this.dir = ROOT.resolve(journey);
    AppServer.deleteTree(dir); // only this run's pictures
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the whole page (not only the visible part) as {@code NN-name.png} and returns its path. */
  Path take(String name) {
    step++;
    Path file = dir.resolve(String.format("%02d-%s.png", step, name.replaceAll("[^a-zA-Z0-9-]+", "-")));
    try {
      Files.write(file, driver instanceof ChromiumDriver c ? fullPage(c) : viewport());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private byte[] viewport() {
    return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
  }

  /** Chromium can photograph beyond the window: the page's full height at the window's width. */
  private static byte[] fullPage(ChromiumDriver c) {
    Map<String, Object> metrics = c.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(((Number) size.get("height")).doubleValue(), 6000);
    Map<String, Object> shot = c.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode((String) shot.get("data"));
  }
}
