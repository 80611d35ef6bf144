package org.stepwise.web;

/** The practice page's HTTP tests on the embedded H2 file database. */
class PracticeH2HttpTest extends PracticeHttpTest {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
