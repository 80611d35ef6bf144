package org.stepwise.web;

import org.junit.jupiter.api.Tag;

/** Crash safety on PostgreSQL. */
@Tag("postgres")
class PostgresCrashSafetyTest extends CrashSafetySuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.postgres();
  }
}
