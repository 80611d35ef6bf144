package org.stepwise.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Role;

/**
 * Runs before every request: finds the session, rejects state-changing requests without the session's CSRF token,
 * and keeps each area of the site to its role (pages redirect to sign-in, the API answers 401).
 */
final class Guard {
  static final String SESSION = "stepwise.session";
  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final SessionStore sessions;

  Guard(SessionStore sessions) {
    this.sessions = sessions;
  }

  void before(Context ctx) {
    Session session = sessions.find(SessionCookie.read(ctx)).orElse(null);
    if (session != null) {
      ctx.attribute(SESSION, session);
    }
    if (UNSAFE.contains(ctx.method().name())) {
      checkCsrf(ctx, session);
    }
    String path = ctx.path();
    if (path.startsWith("/student")) {
      requireRole(ctx, session, Set.of(Role.STUDENT), "/login/student");
    } else if (path.startsWith("/teacher")) {
      requireRole(ctx, session, Set.of(Role.TEACHER, Role.SCHOOL_ADMIN), "/login");
    } else if (path.startsWith("/admin")) {
      requireRole(ctx, session, Set.of(Role.SCHOOL_ADMIN), "/login");
    } else if (path.startsWith("/api/")) {
      if (session == null || !session.signedIn()) {
        throw new HttpFailure(401, "unauthenticated", "Sign in first.");
      }
    }
  }

  static Session session(Context ctx) {
    return ctx.attribute(SESSION);
  }

  /** The signed-in account; the guard has already checked that there is one on protected paths. */
  static Account account(Context ctx) {
    Session s = session(ctx);
    if (s == null || !s.signedIn()) {
      throw new HttpFailure(401, "unauthenticated", "Sign in first.");
    }
    return s.account();
  }

  private void requireRole(Context ctx, Session session, Set<Role> roles, String loginPath) {
    if (session == null || !session.signedIn()) {
      ctx.redirect(loginPath);
      ctx.skipRemainingHandlers();
      return;
    }
    if (!roles.contains(session.account().role())) {
      throw HttpFailure.forbidden("This part of Stepwise is not for your account.");
    }
  }

  private static void checkCsrf(Context ctx, Session session) {
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null && isForm(ctx)) {
      sent = ctx.formParam("_csrf");
    }
    if (session == null || sent == null || !MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
      throw new HttpFailure(403, "csrf", "This form has expired or did not come from Stepwise. Reload the page "
          + "and try again.");
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && (type.startsWith("application/x-www-form-urlencoded")
        || type.startsWith("multipart/form-data"));
  }
}
