package org.stepwise.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.stepwise.classroom.DemoSchool;

/**
 * One real server (fresh H2, demo school) and one fresh headless Chromium per test class; both stopped after. Each
 * test starts signed out and gets its own screenshot folder.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {
  static final String CLASS_CODE = DemoSchool.CLASS_CODES.get(0);
  static final String PASSWORD = DemoSchool.STUDENT_PASSWORD;

  AppServer server;
  ChromeDriver driver;
  StudentBrowser student;
  Screenshots shots;
  private Path profile;

  @BeforeAll
  void startServerAndBrowser() {
    Chromium.requireInstalled();
    server = startServer();
    try {
      profile = Files.createTempDirectory("stepwise-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver = Chromium.start(profile);
    student = new StudentBrowser(driver, server);
  }

  /** The server under test: over a fresh H2 database unless a test class needs another database. */
  AppServer startServer() {
    return AppServer.start();
  }

  @BeforeEach
  void signedOutWithFreshScreenshots(TestInfo test) {
    driver.manage().deleteAllCookies();
    shots = new Screenshots(driver, getClass().getSimpleName() + "/"
        + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test"));
  }

  @AfterAll
  void stopBrowserAndServer() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (profile != null) {
        AppServer.deleteTree(profile);
      }
    }
  }

  /** The practisable assigned skill with the lowest mastery bar: the one where a rise can be seen. */
  String weakestAssignedSkill() {
    Map<String, Integer> bars = student.masteryBars();
    List<String> practisable = student.practisableSkills();
    return bars.entrySet().stream().filter(e -> practisable.contains(e.getKey()))
        .min(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new AssertionError("MISSING: the student home lists no assigned skill with a 'Practise' "
            + "link (skills: " + bars.keySet() + ")"));
  }

  /** The first skill of the student's assignments, as listed on the student home. */
  String firstAssignedSkill() {
    return student.masteryBars().keySet().stream().findFirst()
        .orElseThrow(() -> new AssertionError("the demo student's home lists no assigned skill"));
  }
}
