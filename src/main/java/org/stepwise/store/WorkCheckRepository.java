package org.stepwise.store;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Stored "check my work" requests and what the work checker answered, for the teacher to read. */
public final class WorkCheckRepository {
  /** One check to store; {@code linesJson} is the JSON array of the student's lines. */
  public record NewWorkCheck(long schoolId, long studentId, String problem, String linesJson,
      Integer firstErrorStep, String misconception, String feedback, Instant at) {}

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
}
