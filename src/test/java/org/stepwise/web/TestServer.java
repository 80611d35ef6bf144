package org.stepwise.web;

import java.time.Duration;
import org.stepwise.classroom.EngineAnswerJudge;
import org.stepwise.classroom.LoginRateLimiter;
import org.stepwise.math.MathEngine;

/**
 * A server with the demo school on a fresh database, for an HTTP suite; closing it stops the server and drops the
 * database. {@code signInsPerWindow} is the login limiter's allowance: suites that sign in many times raise it.
 */
record TestServer(TestDatabases.Fresh fresh, WebServer server) implements AutoCloseable {

  static TestServer start(TestDatabases.Fresh fresh, int signInsPerWindow) {
    try {
      return new TestServer(fresh, WebServer.start(new ServerConfig("127.0.0.1", 0, fresh.url(), true, 8),
          new EngineAnswerJudge(MathEngine.standard()),
          new LoginRateLimiter(signInsPerWindow, 10_000, Duration.ofMinutes(5), java.time.Clock.systemUTC())));
    } catch (RuntimeException e) {
      fresh.drop().run();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      fresh.drop().run();
    }
  }
}
