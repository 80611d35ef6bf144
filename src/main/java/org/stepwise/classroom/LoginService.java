package org.stepwise.classroom;

import java.time.Duration;
import java.util.Optional;
import org.stepwise.store.UserRepository;
import org.stepwise.store.UserRepository.Credentials;

/** Checks credentials, with rate limiting, for the three kinds of account. */
public final class LoginService {
  /** The outcome of one login attempt. */
  public sealed interface Result {
    record Success(Account account) implements Result {}

    record Refused() implements Result {}

    record TooManyAttempts(Duration retryAfter) implements Result {}
  }

  private final UserRepository users;
  private final LoginRateLimiter limiter;

  public LoginService(UserRepository users, LoginRateLimiter limiter) {
    this.users = users;
    this.limiter = limiter;
  }

  /** Teachers and school admins: e-mail and password. */
  public Result staffLogin(String email, String password, String clientAddress) {
    String key = "staff:" + email.trim().toLowerCase(java.util.Locale.ROOT);
    return check(key, clientAddress, password, () -> users.staffByEmail(email.trim()));
  }

  /** Students: class code, username and password. */
  public Result studentLogin(String classCode, String username, String password, String clientAddress) {
    String code = classCode.trim().toUpperCase(java.util.Locale.ROOT);
    String name = username.trim();
    String key = "student:" + code + "/" + name;
    return check(key, clientAddress, password, () -> users.studentByClassCode(code, name));
  }

  private Result check(
      String key, String address, String password, java.util.function.Supplier<Optional<Credentials>> lookup) {
    Duration wait = limiter.waitBefore(key, address);
    if (!wait.isZero() && !wait.isNegative()) {
      return new Result.TooManyAttempts(wait);
    }
    Optional<Credentials> found = lookup.get();
    boolean ok;
    if (found.isPresent()) {
      ok = Passwords.verify(password, found.get().passwordHash());
    } else {
      Passwords.burnVerification(password);
      ok = false;
    }
    if (!ok) {
      limiter.recordFailure(key, address);
      return new Result.Refused();
    }
    limiter.recordSuccess(key);
    return new Result.Success(found.get().account());
  }
}
