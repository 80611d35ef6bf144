package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.stepwise.classroom.DemoSchool;

/**
 * The teacher's drill-down into a demo student in a real browser: the problems are drawn by KaTeX under the page's
 * Content-Security-Policy, each mastery chart is an SVG image with a name, and axe-core finds no serious violation.
 */
class TeacherDrilldownBrowserTest extends BrowserTestBase {

  @Test
  void theDrilldownDrawsItsMathsAndChartsAccessibly() {
    student.open("/login");
    driver.findElement(By.cssSelector("form[action='/login'] #email")).sendKeys(DemoSchool.TEACHER_EMAIL);
    driver.findElement(By.cssSelector("form[action='/login'] #password")).sendKeys(DemoSchool.TEACHER_PASSWORD);
    driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
    student.waitForPath("/teacher");
    String href = driver.findElement(By.cssSelector("a[href^='/teacher/students/']")).getAttribute("href");
    driver.get(href);

    student.waitFor(() -> "KaTeX drew no problem of the attempts table")
        .until(d -> !d.findElements(By.cssSelector(".drill-attempts .math .katex")).isEmpty());
    List<WebElement> charts = driver.findElements(By.cssSelector(".mastery-chart svg[role=img]"));
    assertThat(charts).as("a mastery chart per practised skill").isNotEmpty();
    for (WebElement svg : charts) {
      String labelled = svg.getAttribute("aria-labelledby");
      assertThat(labelled).isNotBlank();
      assertThat(driver.findElement(By.id(labelled.split(" ")[0])).getAttribute("textContent"))
          .startsWith("Mastery of");
      assertThat(svg.findElements(By.tagName("polyline"))).hasSize(1);
    }
    shots.take("teacher-drilldown");
    List<Axe.Violation> violations = Axe.check(driver);
    assertThat(violations.stream().filter(Axe.Violation::seriousOrWorse).map(Axe.Violation::toString).toList())
        .as("serious or critical axe-core violations on the drill-down").isEmpty();

    // the filter works as a plain form
    driver.findElement(By.cssSelector("#drill-skill option:nth-child(2)")).click();
    driver.findElement(By.cssSelector("form.drill-filter button[type=submit]")).click();
    student.waitFor(() -> "the skill filter did not reach the address")
        .until(d -> d.getCurrentUrl().contains("skill="));
    assertThat(driver.findElements(By.cssSelector(".mastery-chart"))).hasSizeLessThanOrEqualTo(1);

  }
}
