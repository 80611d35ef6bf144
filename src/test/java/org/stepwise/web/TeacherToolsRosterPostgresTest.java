package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** Roster import over HTTP on PostgreSQL, in a fresh schema per run. */
@Tag("postgres")
class TeacherToolsRosterPostgresTest extends TeacherToolsRosterSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
