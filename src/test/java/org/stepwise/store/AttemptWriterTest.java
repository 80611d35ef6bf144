package org.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepwise.classroom.NewAttempt;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.Verdict;

class AttemptWriterTest {
  @TempDir Path dir;

  @Test
  void concurrentAttemptsAreAllStoredWithDistinctIdsBeforeStoreReturns() throws Exception {
    try (Database db = Database.open(Database.h2FileUrl(dir), 4, null);
        AttemptWriter writer = new AttemptWriter(db.jdbi(), 1, 1000)) {
      long[] ids = fixture(db);
      Set<Long> acked = ConcurrentHashMap.newKeySet();
      AttemptRepository repo = new AttemptRepository(db.jdbi());
      try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 500; i++) {
          final int n = i;
          pool.submit(() -> {
            long id = writer.store(attempt(ids, "answer " + n), Duration.ofSeconds(10));
            // visible to another connection as soon as store() returns: it was committed
            assertThat(repo.exists(id)).isTrue();
            acked.add(id);
            return null;
          });
        }
      }
      assertThat(acked).hasSize(500);
      assertThat(repo.countOfSchool(ids[0])).isEqualTo(500);
      List<String> answers = db.jdbi().withHandle(h -> h.createQuery("SELECT answer FROM attempts WHERE id = :id")
          .bind("id", acked.iterator().next()).mapTo(String.class).list());
      assertThat(answers).singleElement().asString().startsWith("answer ");
    }
  }

  @Test
  void aFailedBatchAcknowledgesNothing() throws Exception {
    try (Database db = Database.open(Database.h2FileUrl(dir), 4, null);
        AttemptWriter writer = new AttemptWriter(db.jdbi(), 1, 1000)) {
      long[] ids = fixture(db);
      NewAttempt bad = new NewAttempt(ids[0], 999_999, "s", 1, "st", "a", Verdict.CORRECT, null, 0, Instant.now());
      assertThatThrownBy(() -> writer.store(bad, Duration.ofSeconds(10))).isInstanceOf(RuntimeException.class);
      assertThat(new AttemptRepository(db.jdbi()).countOfSchool(ids[0])).isZero();
    }
  }

  @Test
  void aBadAttemptDoesNotSinkTheGoodOnesCommittedWithIt() throws Exception {
    try (Database db = Database.open(Database.h2FileUrl(dir), 4, null);
        AttemptWriter writer = new AttemptWriter(db.jdbi(), 1, 1000)) {
      long[] ids = fixture(db);
      Set<Long> acked = ConcurrentHashMap.newKeySet();
      java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
      try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 200; i++) {
          final int n = i;
          pool.submit(() -> {
            NewAttempt a = n % 10 == 0
                ? new NewAttempt(ids[0], 999_999, "s", 1, "st", "bad", Verdict.CORRECT, null, 0, Instant.now())
                : attempt(ids, "good " + n);
            try {
              acked.add(writer.store(a, Duration.ofSeconds(20)));
            } catch (RuntimeException e) {
              failed.incrementAndGet();
            }
          });
        }
      }
      assertThat(failed.get()).isEqualTo(20);
      assertThat(acked).hasSize(180);
      assertThat(new AttemptRepository(db.jdbi()).countOfSchool(ids[0])).isEqualTo(180);
    }
  }

  @Test
  void aClosedWriterRefusesNewAttempts() throws Exception {
    try (Database db = Database.open(Database.h2FileUrl(dir), 4, null)) {
      long[] ids = fixture(db);
      AttemptWriter writer = new AttemptWriter(db.jdbi(), 1, 10);
      writer.close();
      assertThatThrownBy(() -> writer.store(attempt(ids, "late"), Duration.ofSeconds(1)))
          .isInstanceOf(AttemptWriter.Unavailable.class);
    }
  }

  private static long[] fixture(Database db) {
    Instant now = Instant.now();
    long school = new SchoolRepository(db.jdbi()).create("Test School", now);
    long student = new UserRepository(db.jdbi()).create(school, Role.STUDENT, null, "kid", "Kid", "x", now);
    return new long[] {school, student};
  }

  private static NewAttempt attempt(long[] ids, String answer) {
    return new NewAttempt(ids[0], ids[1], "int-add-sub", 1, "Calculate 1 - 2", answer, Verdict.CORRECT,
        null, 0, Instant.now());
  }
}
