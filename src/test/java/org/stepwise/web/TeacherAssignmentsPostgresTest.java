package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** Assignments over HTTP on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class TeacherAssignmentsPostgresTest extends TeacherAssignmentsSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
