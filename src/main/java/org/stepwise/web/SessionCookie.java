package org.stepwise.web;

import io.javalin.http.Context;

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site POSTs), and Secure
 * except when the browser talks plain http to a loopback address — the one case, a demo on one's own machine,
 * where there is no TLS and nothing crosses a network. Any other plain-http deployment gets a Secure cookie the
 * browser will not send back, so sign-in visibly fails until TLS is set up (docs/OPERATIONS.md).
 */
final class SessionCookie {
  static final String NAME = "stepwise_session";

  private SessionCookie() {}

  static String read(Context ctx) {
    return ctx.cookie(NAME);
  }

  static void write(Context ctx, Session session) {
    ctx.res().addHeader("Set-Cookie", NAME + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax"
        + "; Max-Age=" + SessionStore.ABSOLUTE_TIMEOUT.toSeconds() + (secure(ctx) ? "; Secure" : ""));
  }

  static void clear(Context ctx) {
    ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0"
        + (secure(ctx) ? "; Secure" : ""));
  }

  static boolean secure(Context ctx) {
    boolean https = "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return https || !isLoopback(ctx.req().getServerName());
  }

  private static boolean isLoopback(String host) {
    return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
        || host.equals("::1"));
  }
}
