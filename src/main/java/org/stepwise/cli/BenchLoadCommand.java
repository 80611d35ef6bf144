package org.stepwise.cli;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.web.LoadGenerator;
import org.stepwise.web.LoadGenerator.StudentLogin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise bench load}: N simulated students submit attempts to a running server (demo school) on loopback
 * for a fixed time; prints throughput and latency percentiles, then one JSON line with the same figures.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Load benchmark: simulated students submit attempts to a running `stepwise serve` on loopback.")
public final class BenchLoadCommand implements Callable<Integer> {
  @Option(names = "--url", description = "Server base URL (loopback only), default http://127.0.0.1:7070")
  URI url = URI.create("http://127.0.0.1:7070");

  @Option(names = "--students", description = "Concurrent simulated students (1..5000), default 500")
  int students = 500;

  @Option(names = "--seconds", description = "How long to run (1..600), default 30")
  int seconds = 30;

  @Option(names = "--think-ms", description = "Mean think time between a student's attempts in ms (0..60000), "
      + "default 0 (as fast as possible)")
  int thinkMs = 0;

  @Option(names = "--warmup", description = "Seconds of unmeasured warm-up first (0..120), default 5")
  int warmup = 5;

  @Option(names = "--problems", description = "Distinct problems the students answer, prepared before the run "
      + "(1..200000), default 20000")
  int problems = 20_000;

  @Override
  public Integer call() throws Exception {
    if (seconds < 1 || seconds > 600 || warmup < 0 || warmup > 120 || problems < 1 || problems > 200_000) {
      System.err.println("bench load: --seconds must be 1..600, --warmup 0..120 and --problems 1..200000");
      return 2;
    }
    // Close idle client connections before the server's 30 s idle timeout does, so that no request is sent on a
    // connection the server is closing (read once, when the HTTP client first loads).
    System.setProperty("jdk.httpclient.keepalive.timeout", "15");
    List<StudentLogin> logins = new ArrayList<>();
    for (int i = 0; i < DemoSchool.CLASS_CODES.size() * DemoSchool.STUDENTS_PER_CLASS; i++) {
      logins.add(new StudentLogin(DemoSchool.CLASS_CODES.get(i / DemoSchool.STUDENTS_PER_CLASS),
          DemoSchool.username(i), DemoSchool.STUDENT_PASSWORD));
    }
    try {
      long t0 = System.nanoTime();
      List<LoadGenerator.Problem> pool = LoadGenerator.problems(problems, 20261207L);
      System.out.printf(Locale.ROOT, "prepared %d problems in %.1f s%n", pool.size(), (System.nanoTime() - t0) / 1e9);
      var sessions = new LoadGenerator(
          new LoadGenerator.Options(url, logins, students, Duration.ofSeconds(1), thinkMs)).signIn();
      if (warmup > 0) {
        new LoadGenerator(new LoadGenerator.Options(url, logins, students, Duration.ofSeconds(warmup), thinkMs))
            .run(sessions, pool, id -> { });
      }
      var os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      LoadGenerator.Result r = new LoadGenerator(
          new LoadGenerator.Options(url, logins, students, Duration.ofSeconds(seconds), thinkMs))
          .run(sessions, pool, id -> { });
      System.out.printf(Locale.ROOT, "%d students (think %d ms), %.1f s: %d attempts acknowledged (%.0f/s), %d refused, "
              + "%d failed; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          students, thinkMs, r.seconds(), r.acknowledged(), r.perSecond(), r.refused(), r.failed(),
          r.p50Micros() / 1000.0, r.p95Micros() / 1000.0, r.p99Micros() / 1000.0, r.maxMicros() / 1000.0);
      System.out.printf(Locale.ROOT, "{\"students\":%d,\"think_ms\":%d,\"seconds\":%.2f,\"acknowledged\":%d,\"per_second\":%.1f,"
              + "\"refused\":%d,\"failed\":%d,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}%n",
          students, thinkMs, r.seconds(), r.acknowledged(), r.perSecond(), r.refused(), r.failed(),
          r.p50Micros() / 1000.0, r.p95Micros() / 1000.0, r.p99Micros() / 1000.0, r.maxMicros() / 1000.0);
      double clientCpuMs = (os.getProcessCpuTime() - cpu0) / 1e6;
      System.out.printf(Locale.ROOT, "load generator CPU: %.2f ms per acknowledged attempt%n",
          r.acknowledged() == 0 ? 0 : clientCpuMs / r.acknowledged());
      r.failures().forEach((what, n) -> System.err.printf("  failed %d× %s%n", n, what));
      return 0;
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("bench load: " + e.getMessage());
      return 1;
    }
  }
}
