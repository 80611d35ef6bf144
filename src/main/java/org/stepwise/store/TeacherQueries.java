package org.stepwise.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Read-only queries for the teacher's tools. Every query is scoped three ways in SQL: the caller's school, a class
 * that the calling teacher owns, and students enrolled in that class; so a wrong id returns nothing rather than
 * another class's data.
 */
public final class TeacherQueries {
  /** Joins and conditions shared by every query: the class belongs to the teacher, in the teacher's school. */
  private static final String SCOPE = " WHERE x.school_id = :school AND x.student_id IN (SELECT e.student_id"
      + " FROM enrolments e JOIN classes c ON c.id = e.class_id"
      + " WHERE c.id = :class AND c.school_id = :school AND c.teacher_id = :teacher)";

  /** One answer, as much as the dashboard needs; statement and answer are null for right answers without hints. */
  public record AttemptRow(long id, long studentId, String skillId, long itemSeed, String statement, String answer,
      String verdict, int hintsUsed, Instant at) {}

  /** A tutor exchange flagged for the teacher (distress, safety); the message itself is not read here. */
  public record FlagRow(long studentId, String intent, Instant at) {}

  /** A misconception the work checker diagnosed in a student's written work. */
  public record DiagnosisRow(long studentId, String misconception, Instant at) {}

  /** A student's latest mastery of a skill before a moment and now (NaN when there was no estimate). */
  public record MasteryChange(long studentId, String skillId, double before, double now) {}

  private final Jdbi jdbi;

  public TeacherQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The class's answers since {@code since}, newest first, at most {@code limit}. */
  public List<AttemptRow> attempts(long school, long teacher, long classId, Instant since, int limit) {
    // Statement and answer are only needed to recognise the item of a wrong or hinted answer; leaving them out of
    // the other rows keeps a busy class's refresh from shipping megabytes of text.
    return jdbi.withHandle(h -> h.createQuery("SELECT x.id, x.student_id, x.skill_id, x.item_seed,"
            + " CASE WHEN x.verdict <> 'correct' OR x.hints_used > 0 THEN x.statement END,"
            + " CASE WHEN x.verdict <> 'correct' OR x.hints_used > 0 THEN x.answer END,"
            + " x.verdict, x.hints_used, x.created_at FROM attempts x" + SCOPE
            + " AND x.created_at >= :since ORDER BY x.created_at DESC, x.id DESC")
        .bind("school", school).bind("teacher", teacher).bind("class", classId).bind("since", Rows.utc(since))
        .setMaxRows(limit)
        .map((rs, ctx) -> new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
            rs.getObject(9, java.time.OffsetDateTime.class).toInstant()))
        .list());
  }

  /** Flagged tutor exchanges of the class's students since {@code since}. */
  public List<FlagRow> flags(long school, long teacher, long classId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery("SELECT x.student_id, x.intent, x.created_at FROM tutor_exchanges x"
            + SCOPE + " AND x.flagged = TRUE AND x.created_at >= :since ORDER BY x.created_at DESC")
        .bind("school", school).bind("teacher", teacher).bind("class", classId).bind("since", Rows.utc(since))
        .setMaxRows(1_000)
        .map((rs, ctx) -> new FlagRow(rs.getLong(1), rs.getString(2),
            rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
        .list());
  }

  /** Misconceptions the work checker found in the class's written work since {@code since}. */
  public List<DiagnosisRow> diagnoses(long school, long teacher, long classId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery("SELECT x.student_id, x.misconception, x.created_at FROM work_checks x"
            + SCOPE + " AND x.misconception IS NOT NULL AND x.created_at >= :since ORDER BY x.created_at DESC")
        .bind("school", school).bind("teacher", teacher).bind("class", classId).bind("since", Rows.utc(since))
        .setMaxRows(5_000)
        .map((rs, ctx) -> new DiagnosisRow(rs.getLong(1), rs.getString(2),
            rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
        .list());
  }

  /**
   * For each student of the class and skill they have an estimate of: the latest estimate before {@code since}
   * (NaN when none) and the latest overall.
   */
  public List<MasteryChange> masteryChanges(long school, long teacher, long classId, Instant since) {
    return jdbi.withHandle(h -> h.createQuery("SELECT student_id, skill_id,"
            + " MAX(CASE WHEN early_rn = 1 AND early = 1 THEN p_mastery END),"
            + " MAX(CASE WHEN rn = 1 THEN p_mastery END) FROM ("
            + "  SELECT x.student_id, x.skill_id, x.p_mastery,"
            + "   ROW_NUMBER() OVER (PARTITION BY x.student_id, x.skill_id ORDER BY x.created_at DESC, x.id DESC) rn,"
            + "   CASE WHEN x.created_at < :since THEN 1 ELSE 0 END early,"
            + "   ROW_NUMBER() OVER (PARTITION BY x.student_id, x.skill_id,"
            + "     CASE WHEN x.created_at < :since THEN 1 ELSE 0 END ORDER BY x.created_at DESC, x.id DESC) early_rn"
            + "  FROM mastery_snapshots x" + SCOPE + ") t GROUP BY student_id, skill_id")
        .bind("school", school).bind("teacher", teacher).bind("class", classId).bind("since", Rows.utc(since))
        .map((rs, ctx) -> {
          double before = rs.getDouble(3);
          boolean none = rs.wasNull();
          return new MasteryChange(rs.getLong(1), rs.getString(2), none ? Double.NaN : before, rs.getDouble(4));
        })
        .list());
  }
}
