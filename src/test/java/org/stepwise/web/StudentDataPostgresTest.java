package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** Student data export and deletion over HTTP on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class StudentDataPostgresTest extends StudentDataSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
