package org.stepwise.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.stepwise.classroom.NewAttempt;

/**
 * Group commit for attempts: requests that arrive together are inserted in one transaction, and each caller is
 * released only after that transaction has committed. One durable write (fsync) then serves many attempts, which is
 * what lets one small server take a whole school's answers; nothing is acknowledged before it is stored.
 */
public final class AttemptWriter implements AutoCloseable {
  /** Thrown when the writer is saturated or stopping; the caller should answer 503 and the client retry. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }

  private static final int MAX_BATCH = 256;
  // Plain JDBC with positional parameters: on this path (every answer of every student) JDBI's per-binding
  // argument lookup was a tenth of the server's time per answer; everywhere else JDBI's named binding is kept.
  private static final String INSERT = """
      INSERT INTO attempts (school_id, student_id, skill_id, item_seed, statement, answer, verdict, feedback,
                            hints_used, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private record Pending(NewAttempt attempt, CompletableFuture<Long> id) {}

  private final Jdbi jdbi;
  private final BlockingQueue<Pending> queue;
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean open = true;

  /** {@code writers} threads each commit one batch at a time; {@code capacity} bounds the waiting attempts. */
  public AttemptWriter(Jdbi jdbi, int writers, int capacity) {
    this.jdbi = jdbi;
    this.queue = new ArrayBlockingQueue<>(capacity);
    for (int i = 0; i < writers; i++) {
      Thread t = Thread.ofPlatform().daemon().name("attempt-writer-" + i).start(this::loop);
      this.writers.add(t);
    }
  }

  /** Stores the attempt and returns its id once committed; waits at most {@code timeout}. */
  public long store(NewAttempt attempt, java.time.Duration timeout) {
    if (!open) {
      throw new Unavailable("the server is stopping", null);
    }
    Pending p = new Pending(attempt, new CompletableFuture<>());
    try {
      if (!queue.offer(p, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Unavailable("too many attempts are waiting to be stored", null);
      }
      return p.id().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted", e);
    } catch (TimeoutException e) {
      throw new Unavailable("storing the attempt took too long", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private void loop() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (open || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void write(List<Pending> batch) {
    try {
      List<Long> ids = jdbi.inTransaction(h -> insert(h.getConnection(), batch));
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).id().complete(ids.get(i));
      }
    } catch (RuntimeException | SQLException e) {
      // Nothing of this batch was committed. One bad attempt must not sink the others: retry one by one, so each
      // caller gets either its own commit or its own failure, never an acknowledgement without a commit.
      if (batch.size() == 1) {
        batch.get(0).id().completeExceptionally(e instanceof SQLException sql ? new IllegalStateException(
            "the attempt could not be stored: " + sql.getMessage(), sql) : e);
      } else {
        for (Pending p : batch) {
          write(List.of(p));
        }
      }
    }
  }

  private static List<Long> insert(Connection c, List<Pending> batch) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
      for (Pending p : batch) {
        NewAttempt a = p.attempt();
        ps.setLong(1, a.schoolId());
        ps.setLong(2, a.studentId());
        ps.setString(3, a.skillId());
        ps.setLong(4, a.itemSeed());
        ps.setString(5, a.statement());
        ps.setString(6, a.answer());
        ps.setString(7, a.verdict().dbName());
        ps.setString(8, a.feedback());
        ps.setInt(9, a.hintsUsed());
        ps.setObject(10, Rows.utc(a.createdAt()));
        ps.addBatch();
      }
      ps.executeBatch();
      List<Long> ids = new ArrayList<>(batch.size());
      try (ResultSet keys = ps.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
      // checked before the commit: acknowledging without an id, or retrying a committed batch, are both wrong
      if (ids.size() != batch.size()) {
        throw new SQLException("expected " + batch.size() + " generated ids, got " + ids.size());
      }
      return ids;
    }
  }

  /** Stops taking attempts, stores those already queued, and stops the writers. */
  @Override
  public void close() {
    open = false;
    for (Thread t : writers) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
