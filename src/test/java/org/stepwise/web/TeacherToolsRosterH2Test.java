package org.stepwise.web;

/** Roster import over HTTP on the embedded H2 file database. */
class TeacherToolsRosterH2Test extends TeacherToolsRosterSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
