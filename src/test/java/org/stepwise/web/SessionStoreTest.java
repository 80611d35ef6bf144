package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Role;

class SessionStoreTest {
  private Instant now = Instant.parse("2026-11-23T08:00:00Z");
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  };
  private final Account ava = new Account(1, 1, Role.STUDENT, "Ava", null, "ava1");

  @Test
  void signingInReplacesTheSessionAndIssuesNewTokens() {
    var store = new SessionStore(clock);
    Session anon = store.createAnonymous();
    Session in = store.signIn(anon, ava);
    assertThat(in.id()).isNotEqualTo(anon.id());
    assertThat(in.csrfToken()).isNotEqualTo(anon.csrfToken());
    assertThat(store.find(anon.id())).isEmpty();
    assertThat(store.find(in.id())).hasValueSatisfying(s -> assertThat(s.account()).isEqualTo(ava));
  }

  @Test
  void idleAndOldSessionsExpire() {
    var store = new SessionStore(clock);
    Session idle = store.signIn(null, ava);
    now = now.plus(SessionStore.IDLE_TIMEOUT).plusSeconds(1);
    assertThat(store.find(idle.id())).isEmpty();

    Session busy = store.signIn(null, ava);
    for (int i = 0; i < 13; i++) {
      now = now.plus(Duration.ofHours(1));
      if (SessionStore.ABSOLUTE_TIMEOUT.compareTo(Duration.ofHours(i + 1)) >= 0) {
        assertThat(store.find(busy.id())).as("after %d h", i + 1).isPresent();
      }
    }
    assertThat(store.find(busy.id())).isEmpty();
  }

  @Test
  void malformedIdsFindNothing() {
    var store = new SessionStore(clock);
    assertThat(store.find(null)).isEmpty();
    assertThat(store.find("short")).isEmpty();
    assertThat(store.find("x".repeat(5000))).isEmpty();
  }
}
