package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** The authorization matrix on PostgreSQL. */
@Tag("postgres")
class PostgresAuthorizationMatrixTest extends AuthorizationMatrixSuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
