package org.stepwise.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.classroom.Account;

/**
 * Sessions held in memory by the server. A restart signs everybody out, which is acceptable for one school server;
 * several servers behind a balancer would need a shared store (see docs/OPERATIONS.md).
 */
public final class SessionStore {
  static final Duration IDLE_TIMEOUT = Duration.ofHours(2);
  static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);
  private static final int MAX_SESSIONS = 200_000;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Clock clock;

  public SessionStore(Clock clock) {
    this.clock = clock;
  }

  public Optional<Session> find(String id) {
    if (id == null || id.length() != 43) {
      return Optional.empty();
    }
    Session s = sessions.get(id);
    if (s == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (expired(s, now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    // Refresh lastSeen at most once a minute so busy clients do not churn the map.
    if (Duration.between(s.lastSeen(), now).toSeconds() > 60) {
      s = s.touched(now);
      sessions.put(id, s);
    }
    return Optional.of(s);
  }

  public Session createAnonymous() {
    return create(null);
  }

  /** Starts a signed-in session and ends the one it replaces. */
  public Session signIn(Session previous, Account account) {
    if (previous != null) {
      sessions.remove(previous.id());
    }
    return create(account);
  }

  public void end(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /** Ends every session signed in as this account (password reset, data deleted); returns how many ended. */
  public int endAllOf(long accountId) {
    java.util.concurrent.atomic.AtomicInteger ended = new java.util.concurrent.atomic.AtomicInteger();
    sessions.values().removeIf(s -> {
      boolean his = s.signedIn() && s.account().id() == accountId;
      if (his) {
        ended.incrementAndGet();
      }
      return his;
    });
    return ended.get();
  }

  public int size() {
    return sessions.size();
  }

  private Session create(Account account) {
    if (sessions.size() >= MAX_SESSIONS) {
      Instant now = clock.instant();
      sessions.values().removeIf(s -> expired(s, now) || !s.signedIn());
    }
    Instant now = clock.instant();
    Session s = new Session(token(), account, token(), now, now);
    sessions.put(s.id(), s);
    return s;
  }

  private boolean expired(Session s, Instant now) {
    return Duration.between(s.lastSeen(), now).compareTo(IDLE_TIMEOUT) > 0
        || Duration.between(s.createdAt(), now).compareTo(ABSOLUTE_TIMEOUT) > 0;
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
