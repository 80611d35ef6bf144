package org.stepwise.web;

/** The HTTP suite on the embedded H2 file database. */
class H2HttpTest extends HttpSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
