package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** The HTTP suite on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class PostgresHttpTest extends HttpSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
