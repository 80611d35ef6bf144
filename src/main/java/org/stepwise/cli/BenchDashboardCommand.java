package org.stepwise.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.content.ContentLoader;
import org.stepwise.math.MathEngine;
import org.stepwise.store.Database;
import org.stepwise.web.FormSignIn;
import org.stepwise.web.ServerConfig;
import org.stepwise.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise bench dashboard}: seeds a large class (default 40 students × 60 skills, 100,000 answers) into a
 * database, starts the server on it, signs in as that class's teacher over HTTP, and times the live dashboard the
 * way a teacher's browser loads it: the full page once, then the self-refreshing part every few seconds. Prints
 * percentiles, then one JSON line with the same figures.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
    description = "Dashboard benchmark: a large seeded class, its teacher's live dashboard timed over HTTP.")
public final class BenchDashboardCommand implements Callable<Integer> {
  @Option(names = "--db", description = "JDBC URL of the database to seed and serve (default: a new H2 file "
      + "database in a temporary directory). Use an empty schema: each run adds a school.")
  String db;

  @Option(names = "--students", description = "Students in the class (1..500), default 40")
  int students = 40;

  @Option(names = "--skills", description = "Skills assigned (1..60), default 60")
  int skills = 60;

  @Option(names = "--attempts", description = "Answers in the class's history (0..2000000), default 100000")
  int attempts = 100_000;

  @Option(names = "--days", description = "Days the history spans (1..365), default 60")
  int days = 60;

  @Option(names = "--requests", description = "Timed requests of each page (10..10000), default 200")
  int requests = 200;

  @Option(names = "--warmup", description = "Untimed requests first (0..10000), default 30")
  int warmup = 30;

  @Override
  public Integer call() throws Exception {
    if (students < 1 || students > 500 || skills < 1 || skills > 60 || attempts < 0 || attempts > 2_000_000
        || days < 1 || days > 365 || requests < 10 || requests > 10_000 || warmup < 0 || warmup > 10_000) {
      System.err.println("bench dashboard: an option is out of range (see --help)");
      return 2;
    }
    Path tmp = null;
    String url = db;
    if (url == null) {
      tmp = Files.createTempDirectory("stepwise-bench-dashboard");
      url = Database.h2FileUrl(tmp);
    }
    try {
      DashboardBenchSchool.Seeded seeded;
      long t0 = System.nanoTime();
      try (Database database = Database.open(url, 4, null)) {
        seeded = DashboardBenchSchool.seed(database, ContentLoader.loadBundled(), students, skills, attempts, days,
            20261207L, Instant.now());
        if (database.isPostgres()) {
          // the planner's statistics after a bulk load, as autovacuum would gather them shortly on a real server
          database.jdbi().useHandle(h -> h.execute("ANALYZE"));
        }
      }
      System.out.printf(Locale.ROOT, "seeded %d students × %d skills, %d answers, %d mastery estimates in %.1f s%n",
          seeded.students(), seeded.skills(), seeded.attempts(), seeded.snapshots(), (System.nanoTime() - t0) / 1e9);
      try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, url, false, 16),
          new EngineAnswerJudge(MathEngine.standard()))) {
        URI base = URI.create("http://127.0.0.1:" + server.port());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
        String cookie = FormSignIn.staff(http, base, seeded.teacherEmail(), seeded.teacherPassword());
        String page = "/teacher/classes/" + seeded.classId() + "/dashboard";
        // The first load reads the class's whole fortnight (as after a restart, or every 10 minutes); later
        // refreshes read only what is new. Both are reported.
        long c0 = System.nanoTime();
        check(http.send(HttpRequest.newBuilder(base.resolve(page)).header("Cookie", "stepwise_session=" + cookie)
            .GET().build(), HttpResponse.BodyHandlers.ofString()), base.resolve(page));
        double coldMs = (System.nanoTime() - c0) / 1e6;
        System.out.printf(Locale.ROOT, "first load (reads the whole fortnight, cold server): %.1f ms%n", coldMs);
        long[] full = time(http, base.resolve(page), cookie);
        long[] live = time(http, base.resolve(page + "/live"), cookie);
        report("dashboard page", full);
        report("live refresh", live);
        System.out.printf(Locale.ROOT, "{\"database\":\"%s\",\"students\":%d,\"skills\":%d,\"attempts\":%d,"
                + "\"requests\":%d,\"first_load_ms\":%.1f,\"page_p50_ms\":%.1f,\"page_p95_ms\":%.1f,\"page_p99_ms\":%.1f,"
                + "\"live_p50_ms\":%.1f,\"live_p95_ms\":%.1f,\"live_p99_ms\":%.1f}%n",
            url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2", seeded.students(), seeded.skills(),
            seeded.attempts(), requests, coldMs, ms(full, 50), ms(full, 95), ms(full, 99), ms(live, 50), ms(live, 95),
            ms(live, 99));
      }
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("bench dashboard: " + e.getMessage());
      return 1;
    } finally {
      if (tmp != null) {
        deleteTree(tmp);
      }
    }
  }

  /** Untimed warm-up, then {@code requests} timed GETs one after another; sorted latencies in microseconds. */
  private long[] time(HttpClient http, URI uri, String cookie) throws Exception {
    HttpRequest get = HttpRequest.newBuilder(uri).header("Cookie", "stepwise_session=" + cookie).GET().build();
    for (int i = 0; i < warmup; i++) {
      check(http.send(get, HttpResponse.BodyHandlers.ofString()), uri);
    }
    long[] micros = new long[requests];
    for (int i = 0; i < requests; i++) {
      long t = System.nanoTime();
      check(http.send(get, HttpResponse.BodyHandlers.ofString()), uri);
      micros[i] = (System.nanoTime() - t) / 1_000;
    }
    Arrays.sort(micros);
    return micros;
  }

  private static void check(HttpResponse<String> r, URI uri) {
    if (r.statusCode() != 200 || !r.body().contains("heat")) {
      throw new IllegalStateException(uri.getPath() + " answered HTTP " + r.statusCode() + " without a heatmap");
    }
  }

  private void report(String what, long[] micros) {
    System.out.printf(Locale.ROOT, "%-15s %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
        micros.length, ms(micros, 50), ms(micros, 95), ms(micros, 99), micros[micros.length - 1] / 1000.0);
  }

  private static double ms(long[] sorted, int percentile) {
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      System.err.println("bench dashboard: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
