package org.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.math.check.CheckRequest;
import org.stepwise.math.check.Kind;

/**
 * Inputs built to hurt: each must end in a clear error (or a verdict), never a hang, a stack overflow or an
 * exhausted heap. The time-out here is only a safety net against hangs; speed is measured by
 * {@code stepwise bench hostile}.
 */
class HostileInputTest {

  private static final MathEngine ENGINE = MathEngine.standard();

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("tower of powers", "10^10^10", "too_large"),
        Arguments.of("huge exponent", "x^999999999", "too_large"),
        Arguments.of("huge expansion", "(x+1)^100000", "too_large"),
        Arguments.of("10,000 nested parentheses", "(".repeat(10_000) + "x" + ")".repeat(10_000), "too_long"),
        Arguments.of("150 nested parentheses", "(".repeat(150) + "x" + ")".repeat(150), "too_deep"),
        Arguments.of("deep unary minus", "-".repeat(500) + "x", "too_deep"),
        Arguments.of("deep power chain", "2" + "^2".repeat(400), "too_deep"),
        Arguments.of("200 KB string", "x+".repeat(100_000) + "x", "too_long"),
        Arguments.of("NUL byte", "x\u0000+1", "invalid_character"),
        Arguments.of("bidi override", "x\u202E+1", "invalid_character"),
        Arguments.of("zero width joiner", "2\u200Dx", "invalid_character"),
        Arguments.of("bell control", "x\u0007", "invalid_character"),
        Arguments.of("multivariate blow-up", "(a+b+c+d+e+f+g+h+1)^12", "too_large|timeout"),
        Arguments.of("many products", "(x+1)".repeat(300), "too_large|timeout"),
        Arguments.of("giant integer", "9".repeat(1900) + "^9", "too_large"),
        Arguments.of("fraction tower", "1/(1/(1/(1/(1/(1/(1/(1/0)))))))", "division_by_zero"),
        Arguments.of("empty", "   ", "empty_input"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void endsInAClearError(String name, String input, String code) {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      try {
        ENGINE.check(CheckRequest.of(Kind.EXPRESSION, "x", input));
        throw new AssertionError("expected an error for " + name);
      } catch (MathException e) {
        assertThat(code.split("\\|")).contains(e.code().wireName());
        assertThat(e.getMessage()).isNotBlank();
      }
    });
  }

  @Test
  void theEngineStaysHealthyAfterHostileInput() {
    hostile().forEach(a -> {
      try {
        ENGINE.check(CheckRequest.of(Kind.EXPRESSION, "x", (String) a.get()[1]));
      } catch (MathException expected) {
        // every one is refused
      }
    });
    assertThat(ENGINE.check(CheckRequest.of(Kind.EXPRESSION, "2(x+3)", "2x+6")).accept()).isTrue();
  }

  @Test
  void aCheckThatRunsOutOfTimeSaysSo() {
    MathEngine tight = new MathEngine(new Limits(2_000, 100, 400, 200_000, 100_000, 1_000, Duration.ofMillis(5)));
    try {
      tight.check(CheckRequest.of(Kind.EXPRESSION, "(x+y+z+1)^60", "x"));
      throw new AssertionError("expected a timeout");
    } catch (MathException e) {
      assertThat(e.code()).isEqualTo(MathException.Code.TIMEOUT);
    }
  }
}
