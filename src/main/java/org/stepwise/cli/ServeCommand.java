package org.stepwise.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.DemoSchool;
import org.stepwise.math.MathEngine;
import org.stepwise.store.Database;
import org.stepwise.web.ServerConfig;
import org.stepwise.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stepwise serve}: the web application. Flags win over environment variables, which win over defaults. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the Stepwise web app (embedded H2 under ./data/ unless --db is given).")
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port (env STEPWISE_PORT, default 7070; 0 = any free port).")
  Integer port;

  @Option(names = "--host", description = "Address to listen on (env STEPWISE_HOST, default 127.0.0.1).")
  String host;

  @Option(names = "--db", description = "JDBC URL: jdbc:h2:... or jdbc:postgresql://... (env STEPWISE_DB_URL; "
      + "default an H2 file database under --data-dir).")
  String dbUrl;

  @Option(names = "--data-dir", description = "Folder of the embedded H2 database (env STEPWISE_DATA_DIR, "
      + "default ./data).")
  Path dataDir;

  @Option(names = "--pool-size", description = "Database connections (env STEPWISE_DB_POOL, default 16).")
  Integer poolSize;

  @Option(names = "--no-demo", description = "Do not seed the demo school into an empty database "
      + "(env STEPWISE_DEMO=false). Use this in production.")
  boolean noDemo;

  @Override
  public Integer call() throws Exception {
    int p = port != null ? port : intEnv("STEPWISE_PORT", 7070);
    String h = host != null ? host : env("STEPWISE_HOST", "127.0.0.1");
    int pool = poolSize != null ? poolSize : intEnv("STEPWISE_DB_POOL", 16);
    boolean demo = !noDemo && !"false".equalsIgnoreCase(env("STEPWISE_DEMO", "true"));
    String url = dbUrl != null ? dbUrl : env("STEPWISE_DB_URL", null);
    if (url == null) {
      Path dir = dataDir != null ? dataDir : Path.of(env("STEPWISE_DATA_DIR", "data"));
      Files.createDirectories(dir);
      url = Database.h2FileUrl(dir);
    }
    ServerConfig config;
    try {
      config = new ServerConfig(h, p, url, demo, pool);
    } catch (IllegalArgumentException e) {
      System.err.println("stepwise serve: " + e.getMessage());
      return 2;
    }
    long t0 = System.nanoTime();
    WebServer server;
    try {
      server = WebServer.start(config, new EngineAnswerJudge(MathEngine.standard()));
    } catch (RuntimeException e) {
      System.err.println("stepwise serve: could not start: " + rootMessage(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("stepwise: shutting down");
      server.close();
      stopped.countDown();
    }, "stepwise-shutdown"));
    String shownHost = h.equals("0.0.0.0") ? "localhost" : h;
    System.out.printf("Stepwise is ready at http://%s:%d/ (database %s, %d ms)%n", shownHost, server.port(),
        server.database().describe(), (System.nanoTime() - t0) / 1_000_000);
    if (demo) {
      var l = DemoSchool.logins();
      System.out.println(server.seededDemo() ? "Demo school seeded. Demo logins:" : "Demo logins:");
      System.out.printf("  teacher:      %s / %s%n", l.teacherEmail(), l.teacherPassword());
      System.out.printf("  school admin: %s / %s%n", l.adminEmail(), l.adminPassword());
      System.out.printf("  student:      class code %s, username %s / %s (all demo students share it)%n",
          l.classCodes().get(0), l.sampleStudent(), l.studentPassword());
    }
    stopped.await();
    return 0;
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static int intEnv(String name, int fallback) {
    String v = env(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number, got '" + v + "'");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return e.getMessage() + (t != e ? " (" + t.getMessage() + ")" : "");
  }
}
