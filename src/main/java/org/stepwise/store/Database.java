package org.stepwise.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pool, schema migrations and JDBI handle for one database. H2 (embedded default) and PostgreSQL run
 * the same migrations from {@code db/migration}.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final String url;

  private Database(HikariDataSource dataSource, String url) {
    this.dataSource = dataSource;
    this.url = url;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * Opens a pool on {@code jdbcUrl}, migrates the schema, and returns the database. {@code metrics} may be null.
   */
  public static Database open(String jdbcUrl, int poolSize, MeterRegistry metrics) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("stepwise");
    // Fail fast at start when the database is unreachable rather than on the first request.
    config.setInitializationFailTimeout(10_000);
    config.setConnectionTimeout(10_000);
    if (metrics != null) {
      config.setMetricRegistry(metrics);
    }
    HikariDataSource ds = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds, jdbcUrl);
  }

  /**
   * The embedded default: an H2 file database under {@code dir}. {@code WRITE_DELAY=0} makes every commit reach
   * the file before the commit returns, so an attempt acknowledged over HTTP survives {@code kill -9}.
   */
  public static String h2FileUrl(java.nio.file.Path dir) {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("stepwise") + ";WRITE_DELAY=0";
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** The dialect of the database behind a handle, for the few statements that differ (upserts). */
  static boolean isPostgres(org.jdbi.v3.core.Handle h) {
    try {
      return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
          .contains("postgres");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the database's product name", e);
    }
  }

  /** True when a trivial query answers within a second; used by {@code /health}. */
  public boolean isReachable() {
    try (var c = dataSource.getConnection()) {
      return c.isValid(1);
    } catch (java.sql.SQLException e) {
      return false;
    }
  }

  /** The URL without credentials, for log lines. */
  public String describe() {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    int semi = base.indexOf(';');
    return semi < 0 ? base : base.substring(0, semi);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
