package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** First passwords: readable, accepted by bcrypt, and not repeating. */
class FirstPasswordsTest {
  @Test
  void passwordsAreTwoDifferentListedWordsAndTwoDigits() {
    FirstPasswords gen = new FirstPasswords();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String p = gen.next();
      assertThat(p).matches("[a-z]+-[a-z]+-[1-9][0-9]");
      String[] parts = p.split("-");
      assertThat(FirstPasswords.WORDS).contains(parts[0], parts[1]);
      assertThat(parts[0]).isNotEqualTo(parts[1]);
      assertThat(p.length()).isBetween(9, Passwords.MAX_BYTES);
      seen.add(p);
    }
    // 261 × 260 × 90 ≈ 6 million possibilities: 2,000 draws almost never repeat more than a handful of times
    assertThat(seen.size()).isGreaterThan(1_990);
  }

  @Test
  void theWordListIsLargeEnoughWithoutDuplicatesAndOnlyShortPlainWords() {
    assertThat(FirstPasswords.WORDS).hasSizeGreaterThanOrEqualTo(256).doesNotHaveDuplicates();
    assertThat(FirstPasswords.WORDS).allSatisfy(w -> assertThat(w).matches("[a-z]{3,6}"));
  }
}
