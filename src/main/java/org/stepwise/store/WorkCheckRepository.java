package org.stepwise.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Stored "check my work" requests and what the work checker answered, for the teacher to read. */
public final class WorkCheckRepository {
  /** One check to store; {@code linesJson} is the JSON array of the student's lines. */
  public record NewWorkCheck(long schoolId, long studentId, String problem, String linesJson,
      Integer firstErrorStep, String misconception, String feedback, Instant at) {}

  /** One stored check as the teacher reads it; {@code linesJson} as stored (a JSON array of strings). */
  public record StoredWorkCheck(long id, String problem, String linesJson, Integer firstErrorStep,
      String misconception, String verdictsJson, String feedback, Instant at) {}

  private final Jdbi jdbi;

  public WorkCheckRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long insert(NewWorkCheck c) {
    return jdbi.withHandle(h -> h.createUpdate("""
            INSERT INTO work_checks (school_id, student_id, problem, lines_json, first_error_step, misconception,
                                     feedback, created_at)
            VALUES (:school, :student, :problem, :lines, :first, :misconception, :feedback, :at)""")
        .bind("school", c.schoolId())
        .bind("student", c.studentId())
        .bind("problem", c.problem())
        .bind("lines", c.linesJson())
        .bind("first", c.firstErrorStep())
        .bind("misconception", c.misconception())
        .bind("feedback", c.feedback())
        .bind("at", Rows.utc(c.at()))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one());
  }

  public long countOfStudent(long schoolId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM work_checks WHERE school_id = :school AND student_id = :student")
        .bind("school", schoolId)
        .bind("student", studentId)
        .mapTo(Long.class)
        .one());
  }

  /** A student's checks in {@code [from, to)} (either end null for open), newest first, at most {@code limit}. */
  public List<StoredWorkCheck> ofStudent(long schoolId, long studentId, Instant from, Instant to, int limit) {
    return jdbi.withHandle(h -> {
      var q = h.createQuery("SELECT id, problem, lines_json, first_error_step, misconception, verdicts_json,"
          + " feedback, created_at FROM work_checks WHERE school_id = :school AND student_id = :student"
          + (from == null ? "" : " AND created_at >= :from") + (to == null ? "" : " AND created_at < :to")
          + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
          .bind("school", schoolId)
          .bind("student", studentId)
          .bind("limit", limit);
      if (from != null) {
        q.bind("from", Rows.utc(from));
      }
      if (to != null) {
        q.bind("to", Rows.utc(to));
      }
      return q.map((rs, ctx) -> new StoredWorkCheck(rs.getLong("id"), rs.getString("problem"),
          rs.getString("lines_json"), rs.getObject("first_error_step", Integer.class),
          rs.getString("misconception"), rs.getString("verdicts_json"), rs.getString("feedback"),
          Rows.instant(rs, "created_at"))).list();
    });
  }
}
