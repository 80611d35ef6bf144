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
 * The real Stepwise server, in this JVM, on a free loopback port, over a fresh H2 file database seeded with the demo
 * school. Closing it stops the server and deletes the database.
 */
final class AppServer implements AutoCloseable {
  private final Path dataDir;
  private final WebServer server;

  private AppServer(Path dataDir, WebServer server) {
    this.dataDir = dataDir;
    this.server = server;
  }

  static AppServer start() {
    Path dir;
    try {
      dir = Files.createTempDirectory("stepwise-browser-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, Database.h2FileUrl(dir), true, 8),
          new EngineAnswerJudge(MathEngine.standard()),
          new LoginRateLimiter(20, 1000, Duration.ofMinutes(5), Clock.systemUTC()));
      return new AppServer(dir, server);
    } catch (RuntimeException e) {
      deleteTree(dir);
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
      deleteTree(dataDir);
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
