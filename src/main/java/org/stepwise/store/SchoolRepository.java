package org.stepwise.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Schools: the outermost scope of every query. */
public final class SchoolRepository {
  private final Jdbi jdbi;

  public SchoolRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long create(String name, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("INSERT INTO schools (name, created_at) VALUES (:name, :now)")
        .bind("name", name)
        .bind("now", Rows.utc(now))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one());
  }

  public long count() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schools").mapTo(Long.class).one());
  }

  public Optional<String> name(long schoolId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT name FROM schools WHERE id = :id")
        .bind("id", schoolId)
        .mapTo(String.class)
        .findOne());
  }
}
