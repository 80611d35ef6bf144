package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.LoginService;
import org.stepwise.classroom.LoginService.Result;
import org.stepwise.classroom.Passwords;
import org.stepwise.web.pages.LoginPage;

/** Sign-in and sign-out for staff (e-mail) and students (class code + username), and the start page redirect. */
final class AuthRoutes {
  private final SessionStore sessions;
  private final LoginService logins;
  private final Pages pages;

  AuthRoutes(SessionStore sessions, LoginService logins, Pages pages) {
    this.sessions = sessions;
    this.logins = logins;
    this.pages = pages;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::start);
    routes.get("/login", ctx -> showLogin(ctx, false, null, "", "", ""));
    routes.get("/login/student", ctx -> showLogin(ctx, true, null, "", "", ""));
    routes.post("/login", this::staffLogin);
    routes.post("/login/student", this::studentLogin);
    routes.post("/logout", this::logout);
  }

  private void start(Context ctx) {
    Session s = Guard.session(ctx);
    if (s == null || !s.signedIn()) {
      ctx.redirect("/login/student");
      return;
    }
    ctx.redirect(home(s.account()));
  }

  static String home(Account a) {
    return switch (a.role()) {
      case STUDENT -> "/student";
      case TEACHER -> "/teacher";
      case SCHOOL_ADMIN -> "/admin";
    };
  }

  private void showLogin(Context ctx, boolean student, String error, String email, String code, String user) {
    Session s = Guard.session(ctx);
    if (s == null) {
      s = sessions.createAnonymous();
      SessionCookie.write(ctx, s);
    }
    pages.render(ctx, "login.jte", new LoginPage(Pages.chrome(student ? "Student sign in" : "Sign in",
        s.signedIn() ? s : anonymousView(s)), student, error, email, code, user));
  }

  /** The login page shows no "signed in as" header even when a previous sign-in is still active. */
  private static Session anonymousView(Session s) {
    return new Session(s.id(), null, s.csrfToken(), s.createdAt(), s.lastSeen());
  }

  private void staffLogin(Context ctx) {
    String email = field(ctx, "email", 254);
    String password = field(ctx, "password", 200);
    if (tooLong(password)) {
      refuse(ctx, false, 400, "That password is too long.", email, "", "");
      return;
    }
    finish(ctx, logins.staffLogin(email, password, ctx.ip()), false, email, "", "");
  }

  private void studentLogin(Context ctx) {
    String code = field(ctx, "classCode", 16);
    String username = field(ctx, "username", 64);
    String password = field(ctx, "password", 200);
    if (tooLong(password)) {
      refuse(ctx, true, 400, "That password is too long.", "", code, username);
      return;
    }
    finish(ctx, logins.studentLogin(code, username, password, ctx.ip()), true, "", code, username);
  }

  private void finish(Context ctx, Result result, boolean student, String email, String code, String user) {
    switch (result) {
      case Result.Success ok -> {
        Session s = sessions.signIn(Guard.session(ctx), ok.account());
        SessionCookie.write(ctx, s);
        ctx.redirect(home(ok.account()), io.javalin.http.HttpStatus.SEE_OTHER);
      }
      case Result.Refused r -> refuse(ctx, student, 401, student
          ? "That class code, username and password do not match. Ask your teacher if you are stuck."
          : "That e-mail and password do not match.", email, code, user);
      case Result.TooManyAttempts t -> {
        ctx.header("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
        refuse(ctx, student, 429, "Too many tries. Wait " + Math.max(1, t.retryAfter().toMinutes() + 1)
            + " minutes and try again.", email, code, user);
      }
    }
  }

  private void refuse(Context ctx, boolean student, int status, String error, String email, String code,
      String user) {
    ctx.status(status);
    showLogin(ctx, student, error, email, code, user);
  }

  private void logout(Context ctx) {
    Session s = Guard.session(ctx);
    if (s != null) {
      sessions.end(s.id());
    }
    SessionCookie.clear(ctx);
    ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static String field(Context ctx, String name, int maxChars) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw HttpFailure.badRequest("Please fill in " + name + ".");
    }
    if (v.length() > maxChars) {
      throw HttpFailure.badRequest("The " + name + " field is too long (at most " + maxChars + " characters).");
    }
    return v;
  }

  private static boolean tooLong(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES;
  }
}
