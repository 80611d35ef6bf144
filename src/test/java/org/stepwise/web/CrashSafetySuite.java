package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.store.Database;

/**
 * Crash safety for real: a server in its own JVM takes attempts from simulated students, is killed with SIGKILL in
 * the middle of the load, and every attempt that got a 201 must then be in the database; the server must start
 * again on the same database.
 */
abstract class CrashSafetySuite {
  abstract TestDatabases.Fresh freshDatabase();

  @Test
  void everyAcknowledgedAttemptSurvivesKillDashNine() throws Exception {
    TestDatabases.Fresh fresh = freshDatabase();
    Path logs = Files.createTempDirectory("stepwise-crash-");
    try {
      int port = freePort();
      Process server = startServer(fresh.url(), port, logs.resolve("first.log"), false);
      try {
        awaitHealthy(port, server, logs.resolve("first.log"));
        assertThat(Files.readString(logs.resolve("first.log")))
            .contains("Stepwise is ready at http://127.0.0.1:" + port + "/")
            .contains(DemoSchool.TEACHER_EMAIL + " / " + DemoSchool.TEACHER_PASSWORD)
            .contains("class code " + DemoSchool.CLASS_CODES.get(0));
        ConcurrentLinkedQueue<Long> acked = new ConcurrentLinkedQueue<>();
        List<LoadGenerator.StudentLogin> logins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          logins.add(new LoadGenerator.StudentLogin(DemoSchool.CLASS_CODES.get(0), DemoSchool.username(i),
              DemoSchool.STUDENT_PASSWORD));
        }
        var load = new LoadGenerator(new LoadGenerator.Options(URI.create("http://127.0.0.1:" + port), logins, 40,
            Duration.ofSeconds(6)));
        Thread loader = Thread.ofPlatform().start(() -> {
          try {
            load.run(acked::add);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        // kill once the load is well under way
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acked.size() < 200 && System.nanoTime() < until) {
          Thread.sleep(50);
        }
        server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        server.waitFor(10, TimeUnit.SECONDS);
        loader.join();
        assertThat(acked).as("attempts acknowledged before the kill").hasSizeGreaterThan(100);

        try (Database db = Database.open(fresh.url(), 2, null)) {
          Set<Long> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM attempts")
              .mapTo(Long.class).set());
          List<Long> missing = acked.stream().filter(id -> !stored.contains(id)).collect(Collectors.toList());
          assertThat(missing).as("acknowledged attempts missing after kill -9").isEmpty();
        }
      } finally {
        server.destroyForcibly();
      }

      // the restart is configured by environment variables alone
      Process again = startServer(fresh.url(), port, logs.resolve("second.log"), true);
      try {
        awaitHealthy(port, again, logs.resolve("second.log"));
      } finally {
        again.destroy(); // SIGTERM: graceful shutdown
        assertThat(again.waitFor(20, TimeUnit.SECONDS)).as("graceful shutdown within 20 s").isTrue();
        assertThat(Files.readString(logs.resolve("second.log"))).contains("shutting down")
            .doesNotContain("Demo school seeded");
      }
    } finally {
      fresh.drop().run();
    }
  }

  private static Process startServer(String url, int port, Path log, boolean byEnvironment) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "org.stepwise.cli.Main", "serve"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (byEnvironment) {
      pb.environment().put("STEPWISE_PORT", Integer.toString(port));
      pb.environment().put("STEPWISE_DB_URL", url);
      pb.environment().put("STEPWISE_DB_POOL", "8");
    } else {
      cmd.addAll(List.of("--port", Integer.toString(port), "--db", url, "--pool-size", "8"));
      pb.command(cmd);
    }
    return pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void awaitHealthy(int port, Process p, Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < until) {
      if (!p.isAlive()) {
        throw new AssertionError("server exited: " + Files.readString(log));
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("server not healthy within 90 s: " + Files.readString(log));
  }

  private static int freePort() throws java.io.IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

}
