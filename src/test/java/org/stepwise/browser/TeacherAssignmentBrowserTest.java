package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.stepwise.classroom.DemoSchool;

/**
 * The assignment form in a real browser, used the plain way: Enter in the search box searches (it must not save), the
 * search keeps what was typed, the ticked result is saved with the CSRF token that rides on the save button, and the
 * class page lists the new assignment. axe-core finds no serious violation on the form.
 */
class TeacherAssignmentBrowserTest extends BrowserTestBase {

  @Test
  void aTeacherSearchesByStandardTicksASkillAndCreatesTheAssignment() {
    student.open("/login");
    driver.findElement(By.id("email")).sendKeys(DemoSchool.TEACHER_EMAIL);
    driver.findElement(By.id("password")).sendKeys(DemoSchool.TEACHER_PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    student.waitForPath("/teacher");
    driver.findElement(By.partialLinkText(DemoSchool.CLASS_NAMES.get(1))).click();
    student.waitFor(() -> "no 'New assignment' link on the class page " + driver.getCurrentUrl())
        .until(d -> !d.findElements(By.id("new-assignment")).isEmpty());
    String classPage = driver.getCurrentUrl();
    driver.findElement(By.id("new-assignment")).click();

    driver.findElement(By.id("a-title")).sendKeys("Special equations (browser)");
    WebElement target = driver.findElement(By.id("a-target"));
    target.clear();
    target.sendKeys("90");
    driver.findElement(By.id("a-q")).sendKeys("8.EE.C.7", Keys.ENTER);
    student.waitFor(() -> "Enter in the search box did not search: " + driver.getCurrentUrl())
        .until(d -> d.getCurrentUrl().contains("q=8.EE.C.7"));
    assertThat(driver.getCurrentUrl()).doesNotContain("_csrf");
    assertThat(driver.findElement(By.id("a-title")).getDomProperty("value")).isEqualTo("Special equations (browser)");
    assertThat(driver.findElement(By.id("a-target")).getDomProperty("value")).isEqualTo("90");
    assertThat(driver.findElements(By.cssSelector("input[id^='r-']")).stream()
        .map(e -> e.getDomAttribute("value")).toList())
        .containsExactlyInAnyOrder("eq-distribute", "eq-both-sides", "eq-fractions", "eq-special");
    shots.take("assignment-search");
    List<Axe.Violation> violations = Axe.check(driver);
    assertThat(violations.stream().filter(Axe.Violation::seriousOrWorse).map(Axe.Violation::toString).toList())
        .as("serious or critical axe-core violations on the assignment form").isEmpty();

    driver.findElement(By.cssSelector("label[for='r-eq-special']")).click();
    driver.findElement(By.cssSelector("button[name='_csrf']")).click();
    student.waitFor(() -> "saving did not return to the class page: " + driver.getCurrentUrl())
        .until(d -> d.getCurrentUrl().endsWith("#assignments"));
    assertThat(driver.getCurrentUrl()).startsWith(classPage.replaceAll("#.*", ""));
    String row = driver.findElement(By.xpath("//tr[th[normalize-space()='Special equations (browser)']]")).getText();
    assertThat(row).contains("No solution or infinitely many").contains("90%");
    shots.take("class-page-with-assignment");
  }
}
