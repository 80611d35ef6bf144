package org.stepwise.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

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

  /** Saves the current viewport as {@code NN-name.png} and returns its path. */
  Path take(String name) {
    step++;
    Path file = dir.resolve(String.format("%02d-%s.png", step, name.replaceAll("[^a-zA-Z0-9-]+", "-")));
    try {
      Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
