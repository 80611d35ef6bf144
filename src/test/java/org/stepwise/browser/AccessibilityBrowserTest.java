package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.classroom.DemoSchool;

/**
 * axe-core inside the browser on the student pages: no serious or critical violation is allowed; the lesser ones
 * are printed for the record.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

  @Test
  void studentLoginPage() {
    student.open("/login/student");
    assertNoSeriousViolations("student-login");
  }

  @Test
  void studentLoginPageShowingAnError() {
    student.open("/login/student");
    driver.findElement(org.openqa.selenium.By.id("classCode")).sendKeys(CLASS_CODE);
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(DemoSchool.username(5));
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("not-the-password");
    driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
    student.waitFor(() -> "a wrong password showed no error (id=login-error)")
        .until(d -> !d.findElements(org.openqa.selenium.By.id("login-error")).isEmpty());
    assertNoSeriousViolations("student-login-error");
  }

  @Test
  void studentHome() {
    student.signIn(CLASS_CODE, DemoSchool.username(6), PASSWORD);
    assertNoSeriousViolations("student-home");
  }

  @Test
  void practiceItemPage() {
    student.signIn(CLASS_CODE, DemoSchool.username(7), PASSWORD);
    PracticePage.open(student, firstAssignedSkill());
    assertNoSeriousViolations("item");
  }

  @Test
  void practiceItemPageWithFeedbackAndHint() {
    student.signIn(CLASS_CODE, DemoSchool.username(8), PASSWORD);
    long last = student.latestAttempt().path("id").asLong(0);
    PracticePage item = PracticePage.open(student, firstAssignedSkill());
    item.answerWithMouse(AnswerOracle.forStatement(item.statement()).wrong());
    student.waitForAttemptAfter(last);
    String before = item.visibleText();
    item.hintButton().click();
    student.waitFor(() -> "taking a hint changed nothing on the page")
        .until(d -> !item.visibleText().equals(before));
    assertNoSeriousViolations("item-feedback-hint");
  }

  @Test
  void checkMyWorkWithItsResult() {
    student.signIn(CLASS_CODE, DemoSchool.username(9), PASSWORD);
    PracticePage item = PracticePage.open(student, firstAssignedSkill());
    AnswerOracle.Answers answers = AnswerOracle.forStatement(item.statement());
    item.checkWork(answers.statement(), java.util.List.of(answers.right(), answers.wrong()));
    student.waitFor(() -> "'Check my work' announced nothing").until(d -> !item.liveText().isBlank());
    assertNoSeriousViolations("check-my-work");
  }

  private void assertNoSeriousViolations(String page) {
    shots.take(page);
    assertLargeTargets(page);
    List<Axe.Violation> violations = Axe.check(driver);
    violations.stream().filter(v -> !v.seriousOrWorse())
        .forEach(v -> System.out.println("axe on " + page + " (below serious, reported only): " + v));
    assertThat(violations.stream().filter(Axe.Violation::seriousOrWorse).map(Axe.Violation::toString).toList())
        .as("serious or critical axe-core violations on " + page + " (" + driver.getCurrentUrl() + ")")
        .isEmpty();
  }

  /**
   * Young students need large targets: every visible button and text field is at least 44 CSS pixels high and wide
   * (WCAG 2.5.5, target size, enhanced). Links inside sentences are exempt, as WCAG allows.
   */
  private void assertLargeTargets(String page) {
    @SuppressWarnings("unchecked")
    List<String> small = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
        const out = [];
        for (const e of document.querySelectorAll('button, input:not([type=hidden]), textarea, select, a.button')) {
          const r = e.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.width < 44 || r.height < 44) {
            out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.innerText || e.value || '').trim()
              + '" ' + Math.round(r.width) + 'x' + Math.round(r.height));
          }
        }
        return out;
        """);
    assertThat(small).as("controls smaller than 44x44 px on " + page).isEmpty();
  }
}
