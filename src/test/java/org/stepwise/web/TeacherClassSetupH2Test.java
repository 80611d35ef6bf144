package org.stepwise.web;

/** Class setup over HTTP on the embedded H2 file database. */
class TeacherClassSetupH2Test extends TeacherClassSetupSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
