package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** The teacher's student drill-down over HTTP on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class StudentDrilldownPostgresTest extends StudentDrilldownSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
