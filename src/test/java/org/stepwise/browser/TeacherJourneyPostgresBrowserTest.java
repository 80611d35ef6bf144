package org.stepwise.browser;

import org.junit.jupiter.api.Tag;
import org.stepwise.web.TestDatabases;

/**
 * The teacher's journey again with the server on PostgreSQL (a fresh schema, dropped after): the dashboard's and the
 * roster import's queries are the ones production runs on.
 */
@Tag("postgres")
class TeacherJourneyPostgresBrowserTest extends TeacherJourneyBrowserTest {
  @Override
  AppServer startServer() {
    TestDatabases.Fresh fresh = TestDatabases.postgres();
    return AppServer.start(fresh.url(), fresh.drop());
  }
}
