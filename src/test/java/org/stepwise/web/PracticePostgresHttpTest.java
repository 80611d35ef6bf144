package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** The practice page's HTTP tests on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class PracticePostgresHttpTest extends PracticeHttpTest {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
