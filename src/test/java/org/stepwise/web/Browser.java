package org.stepwise.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that behaves like one person's browser tab (no automatic redirects). */
final class Browser {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String csrf = "";

  Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  HttpResponse<String> get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET().build());
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return r;
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Posts a form with the CSRF token of the last page seen, as a real form would. */
  HttpResponse<String> submit(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    return postForm(path, all);
  }

  HttpResponse<String> postJson(String path, String json, String csrfHeader) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (csrfHeader != null) {
      b.header("X-CSRF-Token", csrfHeader);
    }
    return send(b.build());
  }

  /** The CSRF token of the signed-in session, as an API client obtains it. */
  String apiCsrf() {
    HttpResponse<String> r = get("/api/me");
    Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new AssertionError("no csrfToken in /api/me: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  HttpResponse<String> loginStudent(String classCode, String username, String password) {
    get("/login/student");
    return submit("/login/student", Map.of("classCode", classCode, "username", username, "password", password));
  }

  HttpResponse<String> loginStaff(String email, String password) {
    get("/login");
    return submit("/login", Map.of("email", email, "password", password));
  }

  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("stepwise_session"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  String lastCsrf() {
    return csrf;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
