package org.stepwise.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.stepwise.classroom.MasteryLevel;

/** Mastery snapshots: the mastery model's estimate per student and skill over time; the latest one is current. */
public final class MasteryRepository {
  /** One estimate to store. */
  public record Snapshot(long schoolId, long studentId, String skillId, double pMastery, Instant at) {}

  private final Jdbi jdbi;

  public MasteryRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public void insertAll(List<Snapshot> snapshots) {
    jdbi.useTransaction(h -> {
      var batch = h.prepareBatch("""
          INSERT INTO mastery_snapshots (school_id, student_id, skill_id, p_mastery, created_at)
          VALUES (:school, :student, :skill, :p, :at)""");
      for (Snapshot s : snapshots) {
        batch.bind("school", s.schoolId()).bind("student", s.studentId()).bind("skill", s.skillId())
            .bind("p", s.pMastery()).bind("at", Rows.utc(s.at())).add();
      }
      batch.execute();
    });
  }

  /** Current mastery per skill of one student, with the number of attempts on that skill. */
  public Map<String, MasteryLevel> latestOfStudent(long schoolId, long studentId) {
    return latestOfStudents(schoolId, List.of(studentId)).getOrDefault(studentId, Map.of());
  }

  /** Current mastery per student and skill for a set of students of one school (e.g. a class). */
  public Map<Long, Map<String, MasteryLevel>> latestOfStudents(long schoolId, List<Long> studentIds) {
    if (studentIds.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> {
      Map<Long, Map<String, Integer>> counts = new HashMap<>();
      h.createQuery("SELECT student_id, skill_id, COUNT(*) FROM attempts "
              + "WHERE school_id = :school AND student_id IN (<ids>) GROUP BY student_id, skill_id")
          .bind("school", schoolId)
          .bindList("ids", studentIds)
          .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)})
          .forEach(r -> counts.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], (Integer) r[2]));
      Map<Long, Map<String, MasteryLevel>> out = new HashMap<>();
      h.createQuery("SELECT student_id, skill_id, p_mastery FROM ("
              + " SELECT student_id, skill_id, p_mastery, ROW_NUMBER() OVER ("
              + "   PARTITION BY student_id, skill_id ORDER BY created_at DESC, id DESC) AS rn"
              + " FROM mastery_snapshots WHERE school_id = :school AND student_id IN (<ids>)) latest "
              + "WHERE rn = 1")
          .bind("school", schoolId)
          .bindList("ids", studentIds)
          .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getDouble(3)})
          .forEach(r -> {
            long student = (Long) r[0];
            String skill = (String) r[1];
            int n = counts.getOrDefault(student, Map.of()).getOrDefault(skill, 0);
            out.computeIfAbsent(student, k -> new HashMap<>()).put(skill, new MasteryLevel(skill, (Double) r[2], n));
          });
      return out;
    });
  }
}
