package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** The teacher's tools over HTTP on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class TeacherToolsPostgresTest extends TeacherToolsSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
