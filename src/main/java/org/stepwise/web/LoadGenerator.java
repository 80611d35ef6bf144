package org.stepwise.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated students submitting attempts to a running Stepwise server on this machine for a fixed time: each
 * submits, waits for the answer, thinks (exponential, configurable mean; 0 = as fast as the server answers), and
 * submits again. Each simulated student uses one of the signed-in sessions (several
 * simulated students may share one account's session, since the demo school has 30 accounts). Only loopback
 * addresses are accepted: this is a local benchmark, never a load test of someone else's machine.
 */
public final class LoadGenerator {
  /** One student account to sign in with. */
  public record StudentLogin(String classCode, String username, String password) {}

  /** What to run. */
  public record Options(URI base, List<StudentLogin> logins, int students, Duration duration, int thinkMillis) {
    public Options(URI base, List<StudentLogin> logins, int students, Duration duration) {
      this(base, logins, students, duration, 0);
    }

    public Options {
      if (thinkMillis < 0 || thinkMillis > 60_000) {
        throw new IllegalArgumentException("think time must be 0..60000 ms");
      }
      if (students < 1 || students > 5000) {
        throw new IllegalArgumentException("students must be 1..5000");
      }
      if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("duration must be between 1 s and 10 min");
      }
      if (logins.isEmpty()) {
        throw new IllegalArgumentException("at least one student login is needed");
      }
    }
  }

  /** Figures of one run; latencies in microseconds. */
  public record Result(long acknowledged, long refused, long failed, double seconds, double perSecond,
      long p50Micros, long p95Micros, long p99Micros, long maxMicros, Map<String, Long> failures) {}

  private static final Pattern CSRF_JSON = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

  /** A signed-in student session: its cookie and CSRF token. */
  public record StudentSession(String cookie, String csrf) {}

  private static final List<String> SKILLS = List.of("int-add-sub", "one-step-add", "two-step", "frac-add-sub");

  private final Options options;
  private final HttpClient http;

  /** A problem a simulated student answers: which item, and the answer the engine accepts. */
  public record Problem(String skillId, String templateId, long seed, String rightAnswer) {}

  /** Problems prepared per run when the caller prepares none (small runs such as tests). */
  static final int DEFAULT_PROBLEMS = 1_000;

  public LoadGenerator(Options options) {
    requireLoopback(options.base());
    this.options = options;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Signs in, runs the load, and reports; {@code onAck} receives the id of every acknowledged attempt. */
  public Result run(LongConsumer onAck) throws InterruptedException {
    return run(signIn(), onAck);
  }

  /** Signs every login in (in parallel), for one or more {@link #run(List, LongConsumer)} calls. */
  public List<StudentSession> signIn() throws InterruptedException {
    List<StudentSession> sessions = new ArrayList<>();
    try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      List<java.util.concurrent.Future<StudentSession>> futures = new ArrayList<>();
      for (StudentLogin login : options.logins()) {
        futures.add(pool.submit(() -> signIn(login)));
      }
      for (var f : futures) {
        try {
          sessions.add(f.get());
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    }
    return sessions;
  }

  /** Runs the load with sessions from {@link #signIn()}, on problems prepared now. */
  public Result run(List<StudentSession> sessions, LongConsumer onAck) throws InterruptedException {
    return run(sessions, problems(DEFAULT_PROBLEMS, 1), onAck);
  }

  /**
   * {@code count} problems of the load's skills with their right answers, worked out in parallel before the clock
   * starts: the simulated students must cost the machine only what real browsers would (sending and receiving),
   * not a second copy of the server's maths, or the measurement would mostly time the load generator.
   */
  public static List<Problem> problems(int count, long seed) {
    Course course = ContentLoader.loadBundled();
    List<ItemTemplate> templates = SKILLS.stream().flatMap(k -> course.templatesOf(k).stream()).toList();
    ItemGenerator generator = new ItemGenerator();
    TaskSolver solver = new TaskSolver(MathEngine.standard());
    ProblemReader reader = new ProblemReader(MathEngine.standard());
    Random random = new Random(seed);
    List<long[]> picks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picks.add(new long[] {random.nextInt(templates.size()), 1 + random.nextInt(1_000_000)});
    }
    return picks.parallelStream().map(p -> {
      ItemTemplate t = templates.get((int) p[0]);
      String right = solver.solve(reader.read(generator.generate(t, p[1]).statement())).expected();
      return new Problem(t.skill(), t.id(), p[1], right);
    }).toList();
  }

  /** Runs the load with sessions from {@link #signIn()}; each attempt answers one of {@code problems}. */
  public Result run(List<StudentSession> sessions, List<Problem> problems, LongConsumer onAck)
      throws InterruptedException {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem is needed");
    }
    long deadline = System.nanoTime() + options.duration().toNanos();
    AtomicLong refused = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Map<String, Long> failures = new ConcurrentHashMap<>();
    long[][] latencies = new long[options.students()][];
    int[] counts = new int[options.students()];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < options.students(); i++) {
      final int me = i;
      StudentSession session = sessions.get(i % sessions.size());
      threads.add(Thread.ofVirtual().name("student-" + i).start(() -> {
        Random random = new Random(me);
        long[] lat = new long[1024];
        int n = 0;
        LoopbackConnection connection = new LoopbackConnection(options.base(), 30_000);
        String cookie = "Cookie: stepwise_session=" + session.cookie();
        String csrf = "X-CSRF-Token: " + session.csrf();
        // Students start reading their first problem at different moments, as in a classroom; without this, every
        // simulated student's first answer arrives in the same millisecond and the run starts with a burst no class
        // produces.
        boolean started = think(random);
        try {
          // a browser reuses its connection; the handshake is not part of answering
          connection.connect();
        } catch (IOException e) {
          failed.incrementAndGet();
          failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
        }
        while (started && System.nanoTime() < deadline) {
          long t0 = System.nanoTime();
          try {
            byte[] body = attempt(problems.get(random.nextInt(problems.size())), random);
            LoopbackConnection.Response r = connection.post("/api/attempts", "application/json", body, cookie, csrf);
            long micros = (System.nanoTime() - t0) / 1000;
            if (r.status() == 201) {
              Matcher m = ID.matcher(r.body());
              if (m.find()) {
                onAck.accept(Long.parseLong(m.group(1)));
              }
              if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
              }
              lat[n++] = micros;
            } else {
              refused.incrementAndGet();
            }
          } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
            failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
          }
          if (!think(random)) {
            break;
          }
        }
        connection.close();
        latencies[me] = lat;
        counts[me] = n;
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int k = 0;
    for (int i = 0; i < latencies.length; i++) {
      System.arraycopy(latencies[i], 0, all, k, counts[i]);
      k += counts[i];
    }
    Arrays.sort(all);
    return new Result(total, refused.get(), failed.get(), seconds, total / seconds,
        percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99), total == 0 ? 0 : all[total - 1],
        Map.copyOf(failures));
  }

  /** A student reads the next problem: exponential think time with the configured mean. */
  private boolean think(Random random) {
    if (options.thinkMillis() == 0) {
      return true;
    }
    long millis = (long) (-Math.log(1 - random.nextDouble()) * options.thinkMillis());
    try {
      Thread.sleep(Math.min(millis, 10L * options.thinkMillis()));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The JSON body of one attempt at {@code p}: about 70 % right, the rest a plausible wrong number. */
  private static byte[] attempt(Problem p, Random random) {
    String answer = random.nextDouble() < 0.7 ? p.rightAnswer() : Integer.toString(random.nextInt(200) - 100);
    String body = "{\"skillId\":\"" + p.skillId() + "\",\"templateId\":\"" + p.templateId() + "\",\"itemSeed\":"
        + p.seed()
        + ",\"answer\":\"" + answer.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"hintsUsed\":0}";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private StudentSession signIn(StudentLogin login) throws InterruptedException {
    try {
      String session = FormSignIn.student(http, options.base(), login.classCode(), login.username(),
          login.password());
      HttpResponse<String> me = http.send(HttpRequest.newBuilder(options.base().resolve("/api/me"))
          .header("Cookie", "stepwise_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = CSRF_JSON.matcher(me.body());
      if (!m.find()) {
        throw new IllegalStateException("no CSRF token in /api/me");
      }
      return new StudentSession(session, m.group(1));
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + options.base() + ": " + e.getMessage(), e);
    }
  }

  private static long percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static void requireLoopback(URI base) {
    try {
      InetAddress address = InetAddress.getByName(base.getHost());
      if (!address.isLoopbackAddress()) {
        throw new IllegalArgumentException("the load benchmark only targets this machine (loopback), not "
            + base.getHost());
      }
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + base.getHost());
    }
  }
}
