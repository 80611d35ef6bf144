package org.stepwise.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed logins for one account, or from one client address, within a
 * window, further attempts are refused until the window has passed. Failures are counted; a success clears the
 * account's count (not the address's, so one known password does not unlock guessing at others).
 */
public final class LoginRateLimiter {
  private final int maxPerAccount;
  private final int maxPerAddress;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public LoginRateLimiter(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
    this.maxPerAccount = maxPerAccount;
    this.maxPerAddress = maxPerAddress;
    this.window = window;
    this.clock = clock;
  }

  public static LoginRateLimiter standard() {
    return new LoginRateLimiter(5, 30, Duration.ofMinutes(5), Clock.systemUTC());
  }

  /** How long the caller must wait before trying again, or {@link Duration#ZERO} when a try is allowed now. */
  public Duration waitBefore(String account, String address) {
    Duration a = waitFor("acct:" + account, maxPerAccount);
    Duration b = waitFor("addr:" + address, maxPerAddress);
    return a.compareTo(b) >= 0 ? a : b;
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {"acct:" + account, "addr:" + address}) {
      Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
      synchronized (q) {
        prune(q, now);
        q.addLast(now);
      }
    }
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> isStale(e.getValue(), now));
    }
  }

  public void recordSuccess(String account) {
    failures.remove("acct:" + account);
  }

  private Duration waitFor(String key, int max) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    synchronized (q) {
      prune(q, now);
      if (q.size() < max) {
        return Duration.ZERO;
      }
      return Duration.between(now, q.peekFirst().plus(window));
    }
  }

  private void prune(Deque<Instant> q, Instant now) {
    Instant cutoff = now.minus(window);
    while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
      q.removeFirst();
    }
  }

  private boolean isStale(Deque<Instant> q, Instant now) {
    synchronized (q) {
      prune(q, now);
      return q.isEmpty();
    }
  }
}
