package org.stepwise.browser;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebElement;

/**
 * The practice item page as a student meets it, found the way a person finds things: by the visible text of links
 * and buttons and by the labels of fields (ids only where the label points to one). This is the contract the
 * journey needs from the pages:
 *
 * <ul>
 *   <li>student home ({@code /student}): inside each skill's {@code <li class="skill">} (the one holding
 *       {@code id="skill-<skillId>"}), a link or button whose text contains "Practise" or "Practice";
 *   <li>item page: a field whose {@code <label>} contains "answer" (e.g. "Your answer") inside a form whose submit
 *       button says "Check", "Submit" or "Answer"; the verdict and feedback are announced in a live region
 *       ({@code role="status"}, {@code role="alert"} or {@code aria-live});
 *   <li>the item's statement as plain text, as the engine reads it ("Solve 3x + 5 = 20 for x"), in the
 *       {@code data-statement} attribute of the element that shows it (KaTeX rendering makes the visible text
 *       unreadable to a program), or else as the text of {@code id="statement"};
 *   <li>a button whose text contains "hint"; each rung taken adds visible text to the page; the button is gone
 *       when the ladder is exhausted, and the last rung is a {@code <section>} headed "worked example" holding the
 *       sibling problem's statement ({@code data-statement} or {@code class="statement"});
 *   <li>"Check my work": a {@code <textarea>} whose label contains "work" (one line of work a line) and a button
 *       whose text contains "Check my work" (it may also be what opens the panel, or a link to a page of its own
 *       with a field labelled "Problem"); its feedback names the first line that does not follow ("line 2");
 *       afterwards the student gets back to the same item (in-page, or with the browser's Back button);
 *   <li>after a right answer, a link or button whose text contains "Next" to the next item.
 * </ul>
 */
final class PracticePage {
  private static final Pattern PRACTISE = Pattern.compile("(?i)practi[sc]e");
  private static final Pattern SUBMIT = Pattern.compile("(?i)^\\s*(check|submit|answer)\\b(?!.*work).*");
  private final StudentBrowser b;

  private PracticePage(StudentBrowser b) {
    this.b = b;
  }

  /** From the student home, follows the practise link of one skill. */
  static PracticePage open(StudentBrowser b, String skillId) {
    b.open("/student");
    List<WebElement> skills = b.driver.findElements(By.xpath("//li[contains(@class,'skill')][.//*[@id='skill-"
        + skillId + "']]"));
    if (skills.isEmpty()) {
      throw new AssertionError("the student home shows no skill '" + skillId + "' (expected <li class=\"skill\"> "
          + "holding id=\"skill-" + skillId + "\")");
    }
    WebElement link = skills.get(0).findElements(By.cssSelector("a, button")).stream()
        .filter(e -> PRACTISE.matcher(e.getText()).find())
        .findFirst()
        .orElseThrow(() -> new AssertionError("MISSING: the student home has no 'Practise' link for skill '"
            + skillId + "' (expected an <a> or <button> with text containing 'Practise'/'Practice' inside its "
            + "<li class=\"skill\">); there is no way into the practice item page"));
    link.click();
    return await(b);
  }

  /** The practice page the browser has just navigated to, once its answer field is there. */
  static PracticePage await(StudentBrowser b) {
    PracticePage page = new PracticePage(b);
    b.waitFor(() -> "MISSING: the practice page at " + b.driver.getCurrentUrl() + " has no field labelled"
        + " 'answer'").until(d -> page.findAnswerField().isPresent());
    return page;
  }

  /** The statement of the item on screen, in plain text. */
  String statement() {
    String s = statementOrNull();
    if (s == null) {
      throw new AssertionError("MISSING: the practice page does not expose the item statement as plain text "
          + "(expected a data-statement attribute, or id=\"statement\") on " + b.driver.getCurrentUrl());
    }
    return s;
  }

  private String statementOrNull() {
    List<WebElement> tagged = b.driver.findElements(By.cssSelector("[data-statement]"));
    if (!tagged.isEmpty()) {
      return tagged.get(0).getDomAttribute("data-statement");
    }
    List<WebElement> byId = b.driver.findElements(By.id("statement"));
    if (!byId.isEmpty() && !byId.get(0).getText().isBlank()) {
      return byId.get(0).getText();
    }
    return null;
  }

  WebElement answerField() {
    return findAnswerField().orElseThrow(() -> new AssertionError("MISSING: no field labelled 'answer' on "
        + b.driver.getCurrentUrl()));
  }

  /** The submit button of the answer form. */
  WebElement submitButton() {
    WebElement field = answerField();
    List<WebElement> inForm = field.findElements(By.xpath(
        "ancestor::form[1]//button[not(@type) or @type='submit'] | ancestor::form[1]//input[@type='submit']"));
    return inForm.stream().filter(e -> SUBMIT.matcher(label(e)).find()).findFirst()
        .or(() -> inForm.stream().findFirst())
        .or(() -> b.driver.findElements(By.cssSelector("button")).stream()
            .filter(e -> SUBMIT.matcher(label(e)).find()).findFirst())
        .orElseThrow(() -> new AssertionError("MISSING: no submit button ('Check', 'Submit' or 'Answer') for the "
            + "answer field"));
  }

  /** Types an answer and submits it with a click. */
  void answerWithMouse(String answer) {
    WebElement field = answerField();
    field.clear();
    field.sendKeys(answer);
    submitButton().click();
  }

  WebElement hintButton() {
    return hintButtonIfAny().orElseThrow(() -> new AssertionError("MISSING: no 'Hint' button on the practice page"));
  }

  /** The hint button, while the ladder has rungs left. */
  Optional<WebElement> hintButtonIfAny() {
    return visibleByText("button, summary", Pattern.compile("(?i)hint"));
  }

  /**
   * The statement of the worked example shown as the last rung of the hint ladder: the {@code data-statement} or
   * {@code class="statement"} element inside the section whose heading says "worked example".
   */
  String workedExampleStatement() {
    WebElement section = workedExample();
    List<WebElement> tagged = section.findElements(By.cssSelector("[data-statement]"));
    if (!tagged.isEmpty()) {
      return tagged.get(0).getDomAttribute("data-statement");
    }
    return section.findElements(By.cssSelector(".statement")).stream().map(WebElement::getText).findFirst()
        .orElseThrow(() -> new AssertionError("MISSING: the worked example shows no statement (expected "
            + "data-statement or class=\"statement\")"));
  }

  /** All the visible text of the worked example section. */
  String workedExampleText() {
    return workedExample().getText();
  }

  private WebElement workedExample() {
    List<WebElement> sections = b.driver.findElements(By.xpath("//section[.//*[self::h2 or self::h3]"
        + "[contains(translate(., 'WORKED EXAMPLE', 'worked example'), 'worked example')]]"));
    if (sections.isEmpty()) {
      throw new AssertionError("MISSING: after the last hint there is no section headed 'worked example' on "
          + b.driver.getCurrentUrl());
    }
    return sections.get(0);
  }

  /**
   * Opens "Check my work" for this item (a panel on the page, or a page of its own reached by a link), fills in the
   * problem if that page asks for it, types the lines and asks for the check.
   */
  void checkWork(String statement, List<String> lines) {
    Pattern checkWork = Pattern.compile("(?i)check\\s+my\\s+work");
    Optional<WebElement> area = workArea();
    if (area.isEmpty() || !area.get().isDisplayed()) {
      visibleByText("button, a, summary", checkWork)
          .orElseThrow(() -> new AssertionError("MISSING: no 'Check my work' control on the practice page"))
          .click();
      b.waitFor(() -> "MISSING: 'Check my work' shows no text area labelled 'work'")
          .until(d -> workArea().filter(WebElement::isDisplayed).isPresent());
      area = workArea();
    }
    labelled(Pattern.compile("(?i)problem"), "input, textarea")
        .filter(WebElement::isDisplayed)
        .filter(f -> f.getDomProperty("value") == null || f.getDomProperty("value").isBlank())
        .ifPresent(f -> f.sendKeys(statement));
    WebElement textarea = area.orElseThrow();
    textarea.clear();
    textarea.sendKeys(String.join("\n", lines));
    List<WebElement> buttons = textarea.findElements(By.xpath(
        "ancestor::form[1]//button[not(@type) or @type='submit'] | ancestor::form[1]//input[@type='submit']"));
    buttons.stream().filter(e -> Pattern.compile("(?i)check").matcher(label(e)).find()).findFirst()
        .or(() -> visibleByText("button", checkWork))
        .orElseThrow(() -> new AssertionError("MISSING: no 'Check my work' button next to the work text area"))
        .click();
  }

  /**
   * After checking work, the student comes back to the same item: it is still on the page (an in-page panel), or
   * the browser's Back button returns to it. Fails when the item was lost on the way.
   */
  void returnToItem(String statement) {
    for (int back = 0; back <= 3; back++) {
      if (findAnswerField().filter(WebElement::isDisplayed).isPresent() && statementOrNull() != null
          && statement.equals(statementOrNull())) {
        return;
      }
      b.driver.navigate().back();
    }
    throw new AssertionError("MISSING: after 'Check my work' the student cannot get back to the item '" + statement
        + "' (neither on the page nor with the Back button; the browser is at " + b.driver.getCurrentUrl()
        + "). Check my work on an item should keep the item, its hints and its hint count.");
  }

  /** Follows the "Next problem" link or button shown after a right answer. */
  PracticePage next() {
    visibleByText("a, button", Pattern.compile("(?i)next"))
        .orElseThrow(() -> new AssertionError("MISSING: no 'Next problem' link or button after a right answer on "
            + b.driver.getCurrentUrl()))
        .click();
    return await(b);
  }

  /** The text announced in the page's live regions (verdicts, feedback, hints, work-check results). */
  String liveText() {
    StringBuilder sb = new StringBuilder();
    for (WebElement e : b.driver.findElements(By.cssSelector("[role=status], [role=alert], [aria-live]"))) {
      if (e.isDisplayed()) {
        sb.append(e.getText()).append('\n');
      }
    }
    return sb.toString().strip();
  }

  String visibleText() {
    return b.driver.findElement(By.tagName("body")).getText();
  }

  Optional<WebElement> findAnswerField() {
    return labelled(Pattern.compile("(?i)answer"), "input, textarea");
  }

  private Optional<WebElement> workArea() {
    return labelled(Pattern.compile("(?i)work"), "textarea");
  }

  /** A form control whose label (by {@code for}, by nesting, or by aria-label) matches. */
  private Optional<WebElement> labelled(Pattern text, String controls) {
    for (WebElement label : b.driver.findElements(By.tagName("label"))) {
      if (!text.matcher(label.getText()).find()) {
        continue;
      }
      String forId = label.getDomAttribute("for");
      try {
        WebElement control = forId != null ? b.driver.findElement(By.id(forId))
            : label.findElement(By.cssSelector(controls));
        if (control.getTagName().matches("input|textarea") && controls.contains(control.getTagName())) {
          return Optional.of(control);
        }
      } catch (NoSuchElementException e) {
        // a label for something else: keep looking
      }
    }
    return b.driver.findElements(By.cssSelector(controls)).stream()
        .filter(e -> e.getDomAttribute("aria-label") != null && text.matcher(e.getDomAttribute("aria-label")).find())
        .findFirst();
  }

  private Optional<WebElement> visibleByText(String css, Pattern text) {
    return b.driver.findElements(By.cssSelector(css)).stream()
        .filter(WebElement::isDisplayed)
        .filter(e -> text.matcher(label(e)).find())
        .findFirst();
  }

  private static String label(WebElement e) {
    String t = e.getText();
    if (t == null || t.isBlank()) {
      t = e.getDomAttribute("value");
    }
    if (t == null || t.isBlank()) {
      t = e.getDomAttribute("aria-label");
    }
    return t == null ? "" : t;
  }
}
