package org.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {
  private Instant now = Instant.parse("2026-11-23T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  };

  @Test
  void anAccountIsHeldAfterTooManyFailuresUntilTheWindowPasses() {
    var limiter = new LoginRateLimiter(3, 100, Duration.ofMinutes(5), clock);
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.waitBefore("ava", "10.0.0.1")).isZero();
      limiter.recordFailure("ava", "10.0.0.1");
      now = now.plusSeconds(10);
    }
    assertThat(limiter.waitBefore("ava", "10.0.0.9")).isPositive();
    assertThat(limiter.waitBefore("noah", "10.0.0.9")).isZero();
    now = now.plus(Duration.ofMinutes(5));
    assertThat(limiter.waitBefore("ava", "10.0.0.1")).isZero();
  }

  @Test
  void oneAddressGuessingManyAccountsIsHeldToo() {
    var limiter = new LoginRateLimiter(3, 5, Duration.ofMinutes(5), clock);
    for (int i = 0; i < 5; i++) {
      limiter.recordFailure("user" + i, "10.0.0.2");
    }
    assertThat(limiter.waitBefore("someone-new", "10.0.0.2")).isPositive();
    assertThat(limiter.waitBefore("someone-new", "10.0.0.3")).isZero();
  }

  @Test
  void successClearsTheAccountButNotTheAddress() {
    var limiter = new LoginRateLimiter(2, 3, Duration.ofMinutes(5), clock);
    limiter.recordFailure("ava", "a");
    limiter.recordFailure("ava", "a");
    limiter.recordSuccess("ava");
    assertThat(limiter.waitBefore("ava", "b")).isZero();
    limiter.recordFailure("mia", "a");
    assertThat(limiter.waitBefore("zoe", "a")).isPositive();
  }
}
