package org.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reply may not call a wrong claim right, a right claim wrong, or praise when there is nothing to praise. */
class VerdictLockTest {

  private static final VerdictLock LOCK = new VerdictLock(Lexicon.bundled());

  @ParameterizedTest(name = "claim wrong, \"{0}\" -> blocked={1}")
  @CsvSource(delimiter = '|', textBlock = """
      Yes, 7 is correct!                                        | true
      You're right, well done.                                  | true
      Your teacher is right.                                    | true
      That's it!                                                | true
      Great job, that works.                                    | true
      Hmm, let's look again.                                    | true
      Not quite: 7 is not correct.                              | false
      That isn't right: put it back in and the sides don't match.| false
      No, that doesn't work.                                    | false
      I checked: 7 is wrong for this problem.                   | false
      """)
  void wrongClaims(String reply, boolean blocked) {
    assertThat(LOCK.find(reply, false).isPresent()).isEqualTo(blocked);
  }

  @ParameterizedTest(name = "claim right, \"{0}\" -> blocked={1}")
  @CsvSource(delimiter = '|', textBlock = """
      Yes, that's correct.                        | false
      That's right: both sides come to 7.         | false
      Not quite, try again.                       | true
      That's wrong.                               | true
      Let's see.                                  | true
      """)
  void rightClaims(String reply, boolean blocked) {
    assertThat(LOCK.find(reply, true).isPresent()).isEqualTo(blocked);
  }

  @ParameterizedTest(name = "no claim, \"{0}\" -> blocked={1}")
  @CsvSource(delimiter = '|', textBlock = """
      Your teacher is right.                          | true
      Yes, you're right!                              | true
      Let's look at the first step together.          | false
      What is being done to x?                        | false
      """)
  void noClaim(String reply, boolean blocked) {
    assertThat(LOCK.find(reply, null).isPresent()).isEqualTo(blocked);
  }
}
