package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.Role;
import org.stepwise.store.Database;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.MasteryRepository.Snapshot;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;

/** The current-mastery table on both databases: upserts, late writes, scoping, and the V2 backfill of old data. */
class MasteryStoreTest {
  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("h2"), Arguments.of("postgres"));
  }

  private static TestDatabases.Fresh fresh(String kind) {
    return kind.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theNewestEstimateIsCurrentAndEveryAnswerCounts(String kind) {
    TestDatabases.Fresh fresh = fresh(kind);
    try (Database db = Database.open(fresh.url(), 2, null)) {
      Instant t = Instant.parse("2026-12-01T10:00:00Z");
      long school = new SchoolRepository(db.jdbi()).create("S", t);
      long other = new SchoolRepository(db.jdbi()).create("Other", t);
      long student = new UserRepository(db.jdbi()).create(school, Role.STUDENT, null, "ana", "Ana", "x", t);
      var mastery = new MasteryRepository(db.jdbi());

      mastery.insertAll(List.of(new Snapshot(school, student, "two-step", 0.30, t)));
      mastery.insertAll(List.of(new Snapshot(school, student, "two-step", 0.55, t.plusSeconds(60)),
          new Snapshot(school, student, "one-step-add", 0.90, t.plusSeconds(60), 4)));
      // a late write of an older estimate adds its answer but does not replace the newer estimate
      mastery.insertAll(List.of(new Snapshot(school, student, "two-step", 0.10, t.plusSeconds(30))));

      MasteryLevel twoStep = mastery.latestOfStudent(school, student).get("two-step");
      assertThat(twoStep.pMastery()).isEqualTo(0.55);
      assertThat(twoStep.attempts()).isEqualTo(3);
      assertThat(mastery.latestOfStudent(school, student).get("one-step-add").attempts()).isEqualTo(4);
      // the history keeps every estimate
      int history = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM mastery_snapshots")
          .mapTo(Integer.class).one());
      assertThat(history).isEqualTo(4);
      // scoped by school: the same student id asked for under another school is nobody
      assertThat(mastery.latestOfStudents(other, List.of(student))).isEmpty();
    } finally {
      fresh.drop().run();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void upgradingFromV1FillsCurrentMasteryFromTheHistory(String kind) {
    TestDatabases.Fresh fresh = fresh(kind);
    try {
      Flyway.configure().dataSource(fresh.url(), null, null).locations("classpath:db/migration").target("1").load()
          .migrate();
      var v1 = org.jdbi.v3.core.Jdbi.create(fresh.url());
      v1.useHandle(h -> {
        h.execute("INSERT INTO schools (id, name, created_at) VALUES (1, 'S', CURRENT_TIMESTAMP)");
        h.execute("INSERT INTO users (id, school_id, role, username, display_name, password_hash, created_at)"
            + " VALUES (7, 1, 'student', 'ana', 'Ana', 'x', CURRENT_TIMESTAMP)");
        for (int i = 0; i < 3; i++) {
          h.execute("INSERT INTO attempts (school_id, student_id, skill_id, item_seed, statement, answer, verdict,"
              + " hints_used, created_at) VALUES (1, 7, 'two-step', " + i + ", 's', 'a', 'correct', 0, ?)",
              java.time.OffsetDateTime.parse("2026-12-01T10:0" + i + ":00Z"));
        }
        h.execute("INSERT INTO mastery_snapshots (school_id, student_id, skill_id, p_mastery, created_at)"
            + " VALUES (1, 7, 'two-step', 0.4, ?)", java.time.OffsetDateTime.parse("2026-12-01T10:01:00Z"));
        h.execute("INSERT INTO mastery_snapshots (school_id, student_id, skill_id, p_mastery, created_at)"
            + " VALUES (1, 7, 'two-step', 0.7, ?)", java.time.OffsetDateTime.parse("2026-12-01T10:02:00Z"));
      });
      try (Database db = Database.open(fresh.url(), 2, null)) {
        MasteryLevel level = new MasteryRepository(db.jdbi()).latestOfStudent(1, 7).get("two-step");
        assertThat(level.pMastery()).isEqualTo(0.7);
        assertThat(level.attempts()).isEqualTo(3);
      }
    } finally {
      fresh.drop().run();
    }
  }
}
