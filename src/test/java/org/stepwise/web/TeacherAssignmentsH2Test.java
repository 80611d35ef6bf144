package org.stepwise.web;

/** Assignments over HTTP on the embedded H2 file database. */
class TeacherAssignmentsH2Test extends TeacherAssignmentsSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
