package org.stepwise.web;

/** Student data export and deletion over HTTP on the embedded H2 file database. */
class StudentDataH2Test extends StudentDataSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
