package org.stepwise.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.stepwise.store.Database;

/**
 * Fresh databases for test runs: an H2 file database in a new temporary folder, or a new PostgreSQL schema (dropped
 * afterwards) so that reruns start clean. Public for the browser tests' PostgreSQL runs.
 */
public final class TestDatabases {
  static final String PG_BASE = System.getProperty("stepwise.test.pg",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  /** A database URL and what to do to remove it. */
  public record Fresh(String url, Runnable drop) {}

  private TestDatabases() {}

  static Fresh h2() {
    try {
      Path dir = Files.createTempDirectory("stepwise-h2-");
      return new Fresh(Database.h2FileUrl(dir), () -> deleteTree(dir));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A fresh schema on the test PostgreSQL server. When the server is unreachable the test is skipped, except under
   * {@code -Dstepwise.test.all=true} (how {@code ./stepwise test} and CI run), where it fails and says why.
   */
  public static Fresh postgres() {
    String schema = "sw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    DriverManager.setLoginTimeout(5);
    try (Connection c = DriverManager.getConnection(PG_BASE)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      String msg = "PostgreSQL is not reachable at " + PG_BASE + ": " + e.getMessage()
          + " (start it, e.g. scripts/test-prerequisites, or set -Dstepwise.test.pg=URL)";
      if (Boolean.getBoolean("stepwise.test.all")) {
        throw new AssertionError(msg, e);
      }
      Assumptions.abort(msg);
    }
    return new Fresh(PG_BASE + "&currentSchema=" + schema, () -> {
      try (Connection c = DriverManager.getConnection(PG_BASE)) {
        c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("could not drop test schema " + schema, e);
      }
    });
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
