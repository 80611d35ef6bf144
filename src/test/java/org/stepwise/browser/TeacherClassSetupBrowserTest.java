package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.stepwise.classroom.DemoSchool;

/**
 * A teacher sets up a class in a real browser: creates it from the home page, pastes a list of students, gets the
 * login cards (checked with axe-core and as printed: no site header, cards in two columns), and a new student signs
 * in with a card.
 */
class TeacherClassSetupBrowserTest extends BrowserTestBase {

  @Test
  void aTeacherCreatesAClassPastesStudentsAndPrintsCardsThatWork() {
    student.open("/login");
    driver.findElement(By.id("email")).sendKeys(DemoSchool.TEACHER_EMAIL);
    driver.findElement(By.id("password")).sendKeys(DemoSchool.TEACHER_PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    student.waitForPath("/teacher");
    assertNoSeriousViolations("teacher-home");

    driver.findElement(By.id("new-class-name")).sendKeys("Browser Birch 9");
    driver.findElement(By.cssSelector("form[action='/teacher/classes'] button[type=submit]")).click();
    student.waitFor(() -> "creating a class did not open its page (at " + driver.getCurrentUrl() + ")")
        .until(d -> d.getCurrentUrl().matches(".*/teacher/classes/\\d+$"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Browser Birch 9");
    String code = driver.findElement(By.cssSelector("p.meta strong.code")).getText();
    assertNoSeriousViolations("class-page-setup");

    driver.findElement(By.id("add-list")).sendKeys("Ada Lovelace\nAlan Turing, alan.t\nZoë Weiß");
    driver.findElement(By.cssSelector("form[action$='/students/list'] button[type=submit]")).click();
    student.waitFor(() -> "pasting a list showed no login cards").until(d -> d.findElements(By.cssSelector(
        "li.login-card")).size() == 3);
    List<WebElement> cards = driver.findElements(By.cssSelector("li.login-card"));
    assertThat(cards.getFirst().getText()).contains(DemoSchool.SCHOOL_NAME).contains(code).contains("ada.l");
    String password = cards.getFirst().findElement(By.cssSelector(".lc-password")).getText();
    assertThat(password).matches("[a-z]+-[a-z]+-[0-9]{2}");
    assertNoSeriousViolations("login-cards-fresh");

    // as printed: only the cards, two to a row
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      JavascriptExecutor js = driver;
      assertThat(js.executeScript("return getComputedStyle(document.querySelector('header.top')).display"))
          .isEqualTo("none");
      assertThat(js.executeScript("return getComputedStyle(document.querySelector('.no-print')).display"))
          .isEqualTo("none");
      assertThat(js.executeScript("return getComputedStyle(document.querySelector('.login-cards'))"
          + ".gridTemplateColumns.split(' ').length")).isEqualTo(2L);
      shots.take("login-cards-print");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    driver.manage().deleteAllCookies();
    student.signIn(code, "ada.l", password);
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("Ada Lovelace");
  }

  private void assertNoSeriousViolations(String page) {
    shots.take(page);
    List<Axe.Violation> violations = Axe.check(driver);
    violations.stream().filter(v -> !v.seriousOrWorse())
        .forEach(v -> System.out.println("axe on " + page + " (below serious, reported only): " + v));
    assertThat(violations.stream().filter(Axe.Violation::seriousOrWorse).map(Axe.Violation::toString).toList())
        .as("serious or critical axe-core violations on " + page + " (" + driver.getCurrentUrl() + ")")
        .isEmpty();
  }
}
