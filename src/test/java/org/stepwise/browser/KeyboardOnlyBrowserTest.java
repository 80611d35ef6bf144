package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.stepwise.classroom.DemoSchool;

/**
 * Everything with the keyboard alone: sign in, reach a practice item, take a hint, answer it and submit, using only
 * Tab, typing, the space bar and Enter; every focus stop on the way must show a visible focus indicator.
 */
class KeyboardOnlyBrowserTest extends BrowserTestBase {
  private static final Pattern PRACTISE = Pattern.compile("(?i)practi[sc]e");

  @Test
  void signInWithTheKeyboardAlone() {
    Keyboard keys = new Keyboard(driver);
    signInByKeyboard(keys, DemoSchool.username(3));
    shots.take("home");
    assertThat(keys.invisibleFocus()).as("focus stops without a visible focus indicator").isEmpty();
  }

  @Test
  void takeAHintAndSubmitAnAnswerWithTheKeyboardAlone() {
    Keyboard keys = new Keyboard(driver);
    signInByKeyboard(keys, DemoSchool.username(4));
    long lastAttempt = student.latestAttempt().path("id").asLong(0);
    shots.take("home");

    keys.tabTo(e -> e.getTagName().matches("a|button") && PRACTISE.matcher(e.getText()).find(),
        "a 'Practise' link or button on the student home", 80);
    keys.press(Keys.ENTER);
    PracticePage item = PracticePage.await(student);
    shots.take("item");
    AnswerOracle.Answers answers = AnswerOracle.forStatement(item.statement());

    // a hint, asked for with Tab and the space bar
    String beforeHint = item.visibleText();
    keys.tabTo(e -> e.getTagName().equals("button") && e.getText().toLowerCase().contains("hint"),
        "the hint button", 60);
    keys.press(Keys.SPACE);
    student.waitFor(() -> "the hint button, pressed with the space bar, changed nothing")
        .until(d -> !item.visibleText().equals(beforeHint));
    shots.take("hint");

    keys.tabTo(e -> e.equals(item.answerField()), "the answer field", 60);
    keys.press(answers.right());
    shots.take("typed");
    keys.press(Keys.ENTER);
    JsonNode stored = student.waitForAttemptAfter(lastAttempt);
    student.waitFor(() -> "no verdict was announced after submitting with Enter")
        .until(d -> !item.liveText().isBlank());
    shots.take("verdict");
    assertThat(stored.path("answer").asText()).isEqualTo(answers.right());
    assertThat(stored.path("verdict").asText()).isEqualToIgnoringCase("correct");
    assertThat(keys.invisibleFocus()).as("focus stops without a visible focus indicator").isEmpty();
  }

  private void signInByKeyboard(Keyboard keys, String username) {
    student.open("/login/student");
    keys.tabTo(e -> "classCode".equals(e.getDomAttribute("id")), "the class code field", 10);
    keys.press(CLASS_CODE);
    keys.tabTo(e -> "username".equals(e.getDomAttribute("id")), "the username field right after the class code", 1);
    keys.press(username);
    keys.tabTo(e -> "password".equals(e.getDomAttribute("id")), "the password field right after the username", 1);
    keys.press(PASSWORD);
    shots.take("login-filled");
    keys.press(Keys.ENTER);
    student.waitForPath("/student");
  }
}
