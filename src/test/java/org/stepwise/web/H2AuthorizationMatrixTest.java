package org.stepwise.web;

/** The authorization matrix on H2. */
class H2AuthorizationMatrixTest extends AuthorizationMatrixSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
