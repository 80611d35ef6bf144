package org.stepwise.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.stepwise.classroom.Attempt;
import org.stepwise.classroom.HintEvent;
import org.stepwise.classroom.NewAttempt;

/**
 * Attempts and hint events. {@link #insert} commits before it returns (auto-commit), which is what lets the web
 * layer acknowledge an attempt only once it is durable.
 */
public final class AttemptRepository {
  private static final String INSERT = """
      INSERT INTO attempts (school_id, student_id, skill_id, item_seed, statement, answer, verdict, feedback,
                            hints_used, created_at)
      VALUES (:school, :student, :skill, :seed, :statement, :answer, :verdict, :feedback, :hints, :at)""";
  private static final String COLUMNS = "id, school_id, student_id, skill_id, item_seed, statement, answer, "
      + "verdict, feedback, hints_used, created_at";

  private final Jdbi jdbi;

  public AttemptRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long insert(NewAttempt a) {
    return jdbi.withHandle(h -> {
      var update = h.createUpdate(INSERT);
      bind(update, a);
      return update.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    });
  }

  /** Inserts many attempts in one transaction (used by the demo seed). */
  public void insertAll(List<NewAttempt> attempts) {
    jdbi.useTransaction(h -> {
      PreparedBatch batch = h.prepareBatch(INSERT);
      if (attempts.isEmpty()) {
        return;
      }
      for (NewAttempt a : attempts) {
        bind(batch, a);
        batch.add();
      }
      batch.execute();
    });
  }

  /** Records hint events in one transaction. */
  public void insertHints(List<HintEvent> events) {
    jdbi.useTransaction(h -> {
      PreparedBatch batch = h.prepareBatch("""
          INSERT INTO hint_events (school_id, student_id, skill_id, item_seed, rung, created_at)
          VALUES (:school, :student, :skill, :seed, :rung, :at)""");
      for (HintEvent e : events) {
        batch.bind("school", e.schoolId()).bind("student", e.studentId()).bind("skill", e.skillId())
            .bind("seed", e.itemSeed()).bind("rung", e.rung()).bind("at", Rows.utc(e.at())).add();
      }
      if (!events.isEmpty()) {
        batch.execute();
      }
    });
  }

  public long countHintsOfStudent(long schoolId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM hint_events WHERE school_id = :school AND student_id = :student")
        .bind("school", schoolId)
        .bind("student", studentId)
        .mapTo(Long.class)
        .one());
  }

  public Optional<Attempt> find(long schoolId, long attemptId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM attempts "
            + "WHERE id = :id AND school_id = :school")
        .bind("id", attemptId)
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.attempt(rs))
        .findOne());
  }

  /** The student's most recent attempts, newest first. */
  public List<Attempt> recentOfStudent(long schoolId, long studentId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM attempts "
            + "WHERE student_id = :student AND school_id = :school ORDER BY created_at DESC, id DESC "
            + "FETCH FIRST :limit ROWS ONLY")
        .bind("student", studentId)
        .bind("school", schoolId)
        .bind("limit", limit)
        .map((rs, ctx) -> Rows.attempt(rs))
        .list());
  }

  /** Per student: {attempts, right answers}. */
  public java.util.Map<Long, int[]> statsOfStudents(long schoolId, List<Long> studentIds) {
    java.util.Map<Long, int[]> out = new java.util.HashMap<>();
    if (studentIds.isEmpty()) {
      return out;
    }
    jdbi.useHandle(h -> h.createQuery("SELECT student_id, COUNT(*), "
            + "SUM(CASE WHEN verdict = 'correct' THEN 1 ELSE 0 END) FROM attempts "
            + "WHERE school_id = :school AND student_id IN (<ids>) GROUP BY student_id")
        .bind("school", schoolId)
        .bindList("ids", studentIds)
        .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getInt(3)})
        .forEach(r -> out.put((Long) r[0], new int[] {(Integer) r[1], (Integer) r[2]})));
    return out;
  }

  public long countOfSchool(long schoolId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attempts WHERE school_id = :school")
        .bind("school", schoolId)
        .mapTo(Long.class)
        .one());
  }

  public boolean exists(long attemptId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM attempts WHERE id = :id")
        .bind("id", attemptId)
        .mapTo(Long.class)
        .one() > 0);
  }

  private static void bind(org.jdbi.v3.core.statement.SqlStatement<?> s, NewAttempt a) {
    s.bind("school", a.schoolId())
        .bind("student", a.studentId())
        .bind("skill", a.skillId())
        .bind("seed", a.itemSeed())
        .bind("statement", a.statement())
        .bind("answer", a.answer())
        .bind("verdict", a.verdict().dbName())
        .bind("feedback", a.feedback())
        .bind("hints", a.hintsUsed())
        .bind("at", Rows.utc(a.createdAt()));
  }
}
