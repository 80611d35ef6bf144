package org.stepwise.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.math.MathEngine;
import org.stepwise.store.Database;
import org.stepwise.web.ServerConfig;
import org.stepwise.web.WebServer;

/**
 * The real Stepwise server, in this JVM, on a free loopback port, over a fresh H2 file database (or another fresh
 * database) seeded with the demo school. Closing it stops the server and deletes the database.
 */
final class AppServer implements AutoCloseable {
  private final Runnable dropDatabase;
  private final WebServer server;

  private AppServer(Runnable dropDatabase, WebServer server) {
    this.dropDatabase = dropDatabase;
    this.server = server;
  }

  static AppServer start() {
    Path dir;
    try {
      dir = Files.createTempDirectory("stepwise-browser-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(Database.h2FileUrl(dir), () -> deleteTree(dir));
  }

  /** The server over the fresh, empty database at {@code jdbcUrl}; {@code drop} removes it after. */
  static AppServer start(String jdbcUrl, Runnable drop) {
    try {
      WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, jdbcUrl, true, 8),
          new EngineAnswerJudge(MathEngine.standard()),
          new LoginRateLimiter(20, 1000, Duration.ofMinutes(5), Clock.systemUTC()));
      return new AppServer(drop, server);
    } catch (RuntimeException e) {
      drop.run();
      throw e;
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      dropDatabase.run();
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
