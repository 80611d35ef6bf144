package org.stepwise.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through a sign-in page as a browser does (the page's anonymous session and CSRF token, then the form),
 * for the benchmark commands that drive a running server over HTTP.
 */
public final class FormSignIn {
  private static final Pattern CSRF_FORM = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String COOKIE = "stepwise_session=";

  private FormSignIn() {}

  /** Signs a teacher or school admin in at {@code /login}; returns the session cookie's value. */
  public static String staff(HttpClient http, URI base, String email, String password)
      throws IOException, InterruptedException {
    return signIn(http, base, "/login", Map.of("email", email, "password", password), email);
  }

  /** Signs a student in at {@code /login/student}; returns the session cookie's value. */
  static String student(HttpClient http, URI base, String classCode, String username, String password)
      throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("classCode", classCode);
    fields.put("username", username);
    fields.put("password", password);
    return signIn(http, base, "/login/student", fields, username);
  }

  private static String signIn(HttpClient http, URI base, String path, Map<String, String> fields, String who)
      throws IOException, InterruptedException {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF_FORM.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on " + path);
    }
    StringBuilder form = new StringBuilder("_csrf=").append(enc(m.group(1)));
    fields.forEach((k, v) -> form.append('&').append(k).append('=').append(enc(v)));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", COOKIE + sessionCookie(page))
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in of " + who + " failed with HTTP " + r.statusCode());
    }
    return sessionCookie(r);
  }

  /** The value of the session cookie the response sets. */
  static String sessionCookie(HttpResponse<?> r) {
    for (String c : r.headers().allValues("Set-Cookie")) {
      if (c.startsWith(COOKIE)) {
        return c.substring(COOKIE.length(), c.indexOf(';'));
      }
    }
    throw new IllegalStateException("the server set no session cookie");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
