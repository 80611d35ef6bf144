package org.stepwise.web;

/** The teacher's student drill-down over HTTP on the embedded H2 file database. */
class StudentDrilldownH2Test extends StudentDrilldownSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
