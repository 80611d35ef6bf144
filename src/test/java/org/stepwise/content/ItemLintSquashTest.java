package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written {@link ItemLint#squash} gives what the regex it replaced gave, on every kind of spacing. */
class ItemLintSquashTest {
  private static final Pattern REFERENCE = Pattern.compile("(?<!\\d) +| +(?!\\d)");

  @Test
  void keepsOnlyASingleSpaceBetweenTwoDigits() {
    assertThat(ItemLint.squash("3 2/3")).isEqualTo("3 2/3");
    assertThat(ItemLint.squash("x = 3  4")).isEqualTo("x=34");
    assertThat(ItemLint.squash(" 1 + 2 ")).isEqualTo("1+2");
    assertThat(ItemLint.squash("")).isEmpty();
  }

  @Test
  void agreesWithTheRegexOnRandomText() {
    SplittableRandom random = new SplittableRandom(7);
    String alphabet = "  1 9a/=x ٣.";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(12);
      for (int i = 0; i < len; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(ItemLint.squash(text)).as("'%s'", text).isEqualTo(REFERENCE.matcher(text).replaceAll(""));
    }
  }
}
