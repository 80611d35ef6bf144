package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextTemplateTest {

  static String render(String text, long a) {
    return TextTemplate.parse(text).render(Map.of("a", Exact.of(a)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "x {a:+}; 3; x + 3",
      "x {a:+}; -3; x - 3",
      "{a:coef}x; 1; x",
      "{a:coef}x; -1; -x",
      "{a:coef}x; 4; 4x",
      "x^2 {a:+coef}x; 1; x^2 + x",
      "x^2 {a:+coef}x; -1; x^2 - x",
      "x^2 {a:+coef}x; -5; x^2 - 5x",
      "5 - {a:paren}; -2; 5 - (-2)",
      "5 - {a:paren}; 2; 5 - 2",
      "{a/3:mixed}; 7; 2 1/3",
      "{a/3:mixed}; -7; -2 1/3",
      "{a/4:dec}; 3; 0.75",
      "{a/4}; 6; 3/2",
      "{a/2:coef}x; 3; (3/2)x",
      "{{{a}, {-a}}}; 2; {2, -2}",
      "{?a > 0|positive|not positive}; 2; positive",
      "{?a > 0|positive|not positive}; 0; not positive"})
  void rendersPlaceholdersAsATeacherWouldWrite(String text, long a, String expected) {
    assertThat(render(text, a)).isEqualTo(expected);
  }

  @Test
  void badTemplatesAreRejectedWithTheReason() {
    assertThatThrownBy(() -> TextTemplate.parse("x {a")).hasMessageContaining("unclosed '{'");
    assertThatThrownBy(() -> TextTemplate.parse("x } y")).hasMessageContaining("stray '}'");
    assertThatThrownBy(() -> TextTemplate.parse("{a:shout}")).hasMessageContaining("unknown format ':shout'");
    assertThatThrownBy(() -> TextTemplate.parse("{?a|yes}")).hasMessageContaining("a choice is");
    assertThatThrownBy(() -> TextTemplate.parse("{a} ".repeat(41))).hasMessageContaining("more than 40");
    assertThatThrownBy(() -> TextTemplate.parse("x".repeat(2001))).hasMessageContaining("longer than");
  }

  @Test
  void aDecimalThatDoesNotTerminateIsAnError() {
    assertThatThrownBy(() -> render("{a/3:dec}", 1)).hasMessageContaining("no terminating decimal");
  }

  @Test
  void namesAreThoseOfEveryPlaceholder() {
    assertThat(TextTemplate.parse("{a} {b:+coef}x {?c == 0|p|q}").names()).containsExactlyInAnyOrder("a", "b", "c");
  }
}
