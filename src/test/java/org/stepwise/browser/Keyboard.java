package org.stepwise.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Moves through a page with the Tab key only, as a student without a mouse does, and notes any stop where the
 * focused element has no visible focus indicator.
 */
final class Keyboard {
  private final WebDriver driver;
  private final List<String> invisibleFocus = new ArrayList<>();

  Keyboard(WebDriver driver) {
    this.driver = driver;
  }

  void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Presses Tab until the focused element matches, at most {@code maxTabs} times. */
  WebElement tabTo(Predicate<WebElement> target, String what, int maxTabs) {
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < maxTabs; i++) {
      press(Keys.TAB);
      WebElement focused = driver.switchTo().activeElement();
      visited.add(describe(focused));
      if (!hasVisibleFocus(focused)) {
        invisibleFocus.add(describe(focused));
      }
      if (target.test(focused)) {
        return focused;
      }
    }
    throw new AssertionError("Tab never reached " + what + " within " + maxTabs + " presses on "
        + driver.getCurrentUrl() + "; focus went through " + visited);
  }

  /** Elements that got keyboard focus without any outline or box-shadow to show it. */
  List<String> invisibleFocus() {
    return invisibleFocus;
  }

  private boolean hasVisibleFocus(WebElement e) {
    Object r = ((JavascriptExecutor) driver).executeScript("""
        const s = getComputedStyle(arguments[0]);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        return outline || s.boxShadow !== 'none';
        """, e);
    return Boolean.TRUE.equals(r);
  }

  static String describe(WebElement e) {
    String id = e.getDomAttribute("id");
    String text = e.getText() == null ? "" : e.getText().strip();
    return e.getTagName() + (id != null ? "#" + id : "")
        + (text.isEmpty() ? "" : " '" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "'");
  }
}
