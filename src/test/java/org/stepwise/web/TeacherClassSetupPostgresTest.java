package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** Class setup over HTTP on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class TeacherClassSetupPostgresTest extends TeacherClassSetupSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
