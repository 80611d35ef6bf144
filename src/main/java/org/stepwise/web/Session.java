package org.stepwise.web;

import java.time.Instant;
import org.stepwise.classroom.Account;

/**
 * A server-side session. Anonymous sessions (account == null) exist only to carry the CSRF token of the login
 * forms; signing in replaces the session with a new id so a session id planted before login is worthless after it.
 */
public record Session(String id, Account account, String csrfToken, Instant createdAt, Instant lastSeen) {

  public boolean signedIn() {
    return account != null;
  }

  Session touched(Instant now) {
    return new Session(id, account, csrfToken, createdAt, now);
  }
}
