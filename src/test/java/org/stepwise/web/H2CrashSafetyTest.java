package org.stepwise.web;

/** Crash safety on the embedded H2 file database. */
class H2CrashSafetyTest extends CrashSafetySuite {
  @Override
  TestDatabases.Fresh freshDatabase() {
    return TestDatabases.h2();
  }
}
