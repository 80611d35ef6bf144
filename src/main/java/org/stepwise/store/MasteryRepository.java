package org.stepwise.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.stepwise.classroom.MasteryLevel;

/**
 * The mastery model's estimates per student and skill: every estimate is kept as history (mastery_snapshots, for
 * "mastery over time"), and the current one per student and skill in mastery_current, which the pages read.
 */
public final class MasteryRepository {
  /** One estimate to store; {@code answers} is how many answers it adds to the evidence (1 per practice answer). */
  public record Snapshot(long schoolId, long studentId, String skillId, double pMastery, Instant at, int answers) {
    public Snapshot(long schoolId, long studentId, String skillId, double pMastery, Instant at) {
      this(schoolId, studentId, skillId, pMastery, at, 1);
    }

    public Snapshot {
      if (answers < 0) {
        throw new IllegalArgumentException("answers must be >= 0");
      }
    }
  }

  private static final String INSERT_HISTORY = """
      INSERT INTO mastery_snapshots (school_id, student_id, skill_id, p_mastery, created_at)
      VALUES (:school, :student, :skill, :p, :at)""";

  // An estimate older than the current one (a late write) adds its answers but does not replace the estimate.
  private static final String UPSERT_CURRENT_POSTGRES = """
      INSERT INTO mastery_current (school_id, student_id, skill_id, p_mastery, answers, updated_at)
      VALUES (:school, :student, :skill, :p, :answers, :at)
      ON CONFLICT (student_id, skill_id) DO UPDATE SET
        p_mastery = CASE WHEN EXCLUDED.updated_at >= mastery_current.updated_at
                         THEN EXCLUDED.p_mastery ELSE mastery_current.p_mastery END,
        answers = mastery_current.answers + EXCLUDED.answers,
        updated_at = GREATEST(mastery_current.updated_at, EXCLUDED.updated_at)""";

  // H2 has no ON CONFLICT; standard MERGE does the same for one row at a time.
  private static final String UPSERT_CURRENT_H2 = """
      MERGE INTO mastery_current m
      USING (VALUES (CAST(:school AS BIGINT), CAST(:student AS BIGINT), CAST(:skill AS VARCHAR(100)),
                     CAST(:p AS DOUBLE PRECISION), CAST(:answers AS INT), CAST(:at AS TIMESTAMP WITH TIME ZONE)))
            AS v (school_id, student_id, skill_id, p_mastery, answers, updated_at)
      ON m.student_id = v.student_id AND m.skill_id = v.skill_id
      WHEN MATCHED THEN UPDATE SET
        p_mastery = CASE WHEN v.updated_at >= m.updated_at THEN v.p_mastery ELSE m.p_mastery END,
        answers = m.answers + v.answers,
        updated_at = GREATEST(m.updated_at, v.updated_at)
      WHEN NOT MATCHED THEN INSERT (school_id, student_id, skill_id, p_mastery, answers, updated_at)
        VALUES (v.school_id, v.student_id, v.skill_id, v.p_mastery, v.answers, v.updated_at)""";

  private final Jdbi jdbi;
  private final String upsertCurrent;

  public MasteryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.upsertCurrent = jdbi.withHandle(h -> Database.isPostgres(h)) ? UPSERT_CURRENT_POSTGRES : UPSERT_CURRENT_H2;
  }

  /** Stores the estimates as history and makes each the current one of its student and skill, in one transaction. */
  public void insertAll(List<Snapshot> snapshots) {
    if (snapshots.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> {
      bindAll(h.prepareBatch(INSERT_HISTORY), snapshots).execute();
      bindAll(h.prepareBatch(upsertCurrent), snapshots).execute();
    });
  }

  private static PreparedBatch bindAll(PreparedBatch batch, List<Snapshot> snapshots) {
    for (Snapshot s : snapshots) {
      batch.bind("school", s.schoolId()).bind("student", s.studentId()).bind("skill", s.skillId())
          .bind("p", s.pMastery()).bind("answers", s.answers()).bind("at", Rows.utc(s.at())).add();
    }
    return batch;
  }

  /** Current mastery per skill of one student, with the number of answers it rests on. */
  public Map<String, MasteryLevel> latestOfStudent(long schoolId, long studentId) {
    return latestOfStudents(schoolId, List.of(studentId)).getOrDefault(studentId, Map.of());
  }

  /** Current mastery per student and skill for a set of students of one school (e.g. a class). */
  public Map<Long, Map<String, MasteryLevel>> latestOfStudents(long schoolId, List<Long> studentIds) {
    if (studentIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, Map<String, MasteryLevel>> out = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("SELECT student_id, skill_id, p_mastery, answers FROM mastery_current "
            + "WHERE school_id = :school AND student_id IN (<ids>)")
        .bind("school", schoolId)
        .bindList("ids", studentIds)
        .map((rs, ctx) -> new Object[] {rs.getLong(1), new MasteryLevel(rs.getString(2), rs.getDouble(3),
            rs.getInt(4))})
        .forEach(r -> {
          MasteryLevel level = (MasteryLevel) r[1];
          out.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put(level.skillId(), level);
        }));
    return out;
  }
}
