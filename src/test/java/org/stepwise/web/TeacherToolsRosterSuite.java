package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.math.MathEngine;

/**
 * OneRoster CSV import through HTTP (multipart upload, as the form sends it) against a running server: a valid
 * roster creates the class and students who can then sign in; a roster with malformed rows lists every problem and
 * imports nothing; a conflicting re-import and an oversized file import nothing either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TeacherToolsRosterSuite {
  static final String STAMP = "2026-11-01T10:00:00.000Z";
  static final String USERS = """
      sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,username,givenName,familyName,password
      u1,active,%1$s,true,s1,mira.k,Mira,Kowalski,secret-not-read
      u2,active,%1$s,true,s1,tom.o,Tom,"O'Brien, Jr",
      u3,,%1$s,true,s1,zoe.w,Zoë,Weiß,
      t1,active,%1$s,true,s1,ms.teacher,Ana,Teacher,
      """.formatted(STAMP);
  static final String CLASSES = """
      sourcedId,status,dateLastModified,title,classType,schoolSourcedId
      c1,active,%s,Grade 8 Maths (Birch),scheduled,s1
      """.formatted(STAMP);
  static final String ENROLLMENTS = """
      sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary
      e1,active,%1$s,c1,s1,u1,student,false
      e2,active,%1$s,c1,s1,u2,student,false
      e3,active,%1$s,c1,s1,u3,student,false
      e4,active,%1$s,c1,s1,t1,teacher,true
      """.formatted(STAMP);

  TestDatabases.Fresh fresh;
  WebServer server;

  abstract TestDatabases.Fresh freshDatabase();

  @BeforeAll
  void startServer() {
    fresh = freshDatabase();
    server = WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8),
        new EngineAnswerJudge(MathEngine.standard()),
        new LoginRateLimiter(5, 1000, Duration.ofMinutes(5), java.time.Clock.systemUTC()));
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
    if (fresh != null) {
      fresh.drop().run();
    }
  }

  Browser teacher() {
    Browser b = new Browser(server.port());
    assertThat(b.loginStaff(DemoSchool.TEACHER_EMAIL, DemoSchool.TEACHER_PASSWORD).statusCode()).isEqualTo(303);
    assertThat(b.get("/teacher/roster").statusCode()).isEqualTo(200); // the form, and its CSRF token
    return b;
  }

  @Test
  void aValidRosterCreatesTheClassAndStudentsWhoCanSignInAndAReimportChangesNothing() {
    Browser t = teacher();
    int before = classCount(t);
    HttpResponse<String> r = upload(t, USERS, CLASSES, ENROLLMENTS, true);
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("Imported").contains("Grade 8 Maths (Birch)").contains("Zoë Weiß")
        .contains("Tom O'Brien, Jr").contains("Rows left out: 1").doesNotContain("secret-not-read")
        .doesNotContain("ms.teacher");
    Matcher code = Pattern.compile("class code <strong class=\"code\">([A-Z0-9]{6})</strong>").matcher(body);
    assertThat(code.find()).isTrue();
    Matcher login = Pattern.compile("<td class=\"code\">mira\\.k</td><td class=\"code\">([a-z0-9]{10})</td>")
        .matcher(body);
    assertThat(login.find()).isTrue();
    assertThat(classCount(t)).isEqualTo(before + 1);

    Browser mira = new Browser(server.port());
    HttpResponse<String> in = mira.loginStudent(code.group(1), "mira.k", login.group(1));
    assertThat(in.statusCode()).isEqualTo(303);
    assertThat(mira.get("/student").statusCode()).isEqualTo(200);

    // the same roster again: the usernames exist, so nothing at all is imported (no second class)
    t.get("/teacher/roster");
    HttpResponse<String> again = upload(t, USERS, CLASSES, ENROLLMENTS, true);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("Nothing was imported").contains("username 'mira.k' is already used");
    assertThat(classCount(t)).isEqualTo(before + 1);
  }

  @Test
  void aRosterWithMalformedRowsListsEveryProblemByFileAndLineAndImportsNothing() {
    Browser t = teacher();
    int before = classCount(t);
    String users = USERS.replace("v2,", "").replace("u2,active,", "u2,sleeping,")
        .replace("u3,," + STAMP + ",true", "u3,," + STAMP + ",maybe")
        .replace("p1", "p1").replace("zoe.w", "zed.w") + "u9,active,yesterday,true,s1,new.kid,New,Kid,\n";
    String enrollments = ENROLLMENTS + "e5,active," + STAMP + ",c1,s1,ghost,student,false\n";
    HttpResponse<String> r = upload(t, users, CLASSES, enrollments, true);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("Nothing was imported").contains("role=\"alert\"")
        .contains("users.csv:3 [status]").contains("users.csv:4 [enabledUser]")
        .contains("users.csv:6 [dateLastModified]").contains("enrollments.csv:6 [userSourcedId]");
    assertThat(classCount(t)).isEqualTo(before);
    Browser newKid = new Browser(server.port());
    assertThat(newKid.loginStudent("ZZZZZZ", "new.kid", "whatever").statusCode()).isNotEqualTo(303);
  }

  @Test
  void anOversizedFileAMissingFileAndAMissingTokenAreRefusedWithoutImporting() throws Exception {
    Browser t = teacher();
    int before = classCount(t);
    StringBuilder big = new StringBuilder(USERS);
    for (int i = 0; big.length() <= TeacherToolsRoster.MAX_FILE_BYTES; i++) {
      big.append("x").append(i).append(",active,").append(STAMP).append(",true,s1,user").append(i)
          .append(",Given,Family,\n");
    }
    HttpResponse<String> tooBig = upload(t, big.toString(), CLASSES, ENROLLMENTS, true);
    assertThat(tooBig.statusCode()).isEqualTo(422);
    assertThat(tooBig.body()).contains("users.csv: ").contains("KiB");
    // far past the server's multipart limit: refused as too large, never buffered whole
    t.get("/teacher/roster");
    assertThat(statusOfHugeUpload(t, "x".repeat(6 * 1024 * 1024))).isEqualTo(413);
    t.get("/teacher/roster");
    HttpResponse<String> missing = upload(t, USERS, CLASSES, null, true);
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(missing.body()).contains("enrollments.csv: choose the file");
    t.get("/teacher/roster");
    assertThat(upload(t, USERS, CLASSES, ENROLLMENTS, false).statusCode()).isEqualTo(403);
    assertThat(classCount(t)).isEqualTo(before);

    Browser admin = new Browser(server.port());
    admin.loginStaff(DemoSchool.ADMIN_EMAIL, DemoSchool.ADMIN_PASSWORD);
    assertThat(admin.get("/teacher/roster").statusCode()).isEqualTo(403);
  }

  private static int classCount(Browser t) {
    return TeacherToolsSuite.count(t.get("/teacher").body(), "<h2 id=\"c-");
  }

  /**
   * The status of an upload far past the server's limit. The server answers 413 and closes the connection while the
   * body is still being sent, so the response is read while the body is written, as a browser does; a client that
   * writes everything first (the JDK's) sometimes loses the answer to a broken pipe.
   */
  private int statusOfHugeUpload(Browser b, String users) throws Exception {
    String boundary = "----stepwise" + System.nanoTime();
    byte[] body = multipart(b, boundary, users, CLASSES, ENROLLMENTS, true);
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      byte[] head = ("POST /teacher/roster HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nCookie: stepwise_session="
          + b.sessionCookie() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
          + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
      Thread writer = Thread.ofVirtual().start(() -> {
        try {
          out.write(head);
          out.write(body);
          out.flush();
        } catch (java.io.IOException e) {
          // the server stopped reading once it had refused the upload: expected
        }
      });
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          StandardCharsets.ISO_8859_1)).readLine();
      writer.interrupt();
      assertThat(status).startsWith("HTTP/1.1 ");
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  /** A multipart form post as a browser sends it, with the session cookie and (if asked) the CSRF field. */
  private HttpResponse<String> upload(Browser b, String users, String classes, String enrollments, boolean csrf) {
    String boundary = "----stepwise" + System.nanoTime();
    byte[] body = multipart(b, boundary, users, classes, enrollments, csrf);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/teacher/roster"))
        .header("Cookie", "stepwise_session=" + b.sessionCookie())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private byte[] multipart(Browser b, String boundary, String users, String classes, String enrollments,
      boolean csrf) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (csrf) {
      part(body, boundary, "_csrf", null, b.lastCsrf());
    }
    for (var e : new java.util.LinkedHashMap<>(Map.of("users", nz(users), "classes", nz(classes),
        "enrollments", nz(enrollments))).entrySet()) {
      if (!e.getValue().isEmpty()) {
        part(body, boundary, e.getKey(), e.getKey() + ".csv", e.getValue());
      }
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void part(ByteArrayOutputStream out, String boundary, String name, String file, String value) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: text/csv") + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
