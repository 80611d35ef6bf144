package org.stepwise.web;

/** The teacher's tools over HTTP on the embedded H2 file database. */
class TeacherToolsH2Test extends TeacherToolsSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
