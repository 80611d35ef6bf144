package org.stepwise.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.stepwise.classroom.Assignment;

/** Assignments (class → ordered skill ids, due date, target mastery). */
public final class AssignmentRepository {
  private final Jdbi jdbi;

  public AssignmentRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long create(
      long classId, String title, LocalDate due, double targetMastery, List<String> skillIds, Instant now) {
    return jdbi.inTransaction(h -> {
      long id = h.createUpdate("""
              INSERT INTO assignments (class_id, title, due_date, target_mastery, created_at)
              VALUES (:class, :title, :due, :target, :now)""")
          .bind("class", classId)
          .bind("title", title)
          .bind("due", due)
          .bind("target", targetMastery)
          .bind("now", Rows.utc(now))
          .executeAndReturnGeneratedKeys("id")
          .mapTo(Long.class)
          .one();
      insertSkills(h, id, skillIds);
      return id;
    });
  }

  private static void insertSkills(Handle h, long assignmentId, List<String> skillIds) {
    var batch = h.prepareBatch(
        "INSERT INTO assignment_skills (assignment_id, position, skill_id) VALUES (:a, :p, :s)");
    for (int i = 0; i < skillIds.size(); i++) {
      batch.bind("a", assignmentId).bind("p", i).bind("s", skillIds.get(i)).add();
    }
    batch.execute();
  }

  /** One assignment of one class of this school. */
  public Optional<Assignment> find(long schoolId, long classId, long assignmentId) {
    return query("c.id = :class AND a.id = :assignment", schoolId, classId, assignmentId).stream().findFirst();
  }

  /**
   * Changes an assignment of one class of this school; false when there is no such assignment (another class's or
   * another school's id changes nothing). The skill list is replaced whole, in the given order.
   */
  public boolean update(long schoolId, long classId, long assignmentId, String title, LocalDate due,
      double targetMastery, List<String> skillIds) {
    return jdbi.inTransaction(h -> {
      int n = h.createUpdate("UPDATE assignments SET title = :title, due_date = :due, target_mastery = :target "
              + "WHERE id = :id AND class_id = :class "
              + "AND class_id IN (SELECT id FROM classes WHERE school_id = :school)")
          .bind("title", title)
          .bind("due", due)
          .bind("target", targetMastery)
          .bind("id", assignmentId)
          .bind("class", classId)
          .bind("school", schoolId)
          .execute();
      if (n == 0) {
        return false;
      }
      h.createUpdate("DELETE FROM assignment_skills WHERE assignment_id = :id").bind("id", assignmentId).execute();
      insertSkills(h, assignmentId, skillIds);
      return true;
    });
  }

  /**
   * Deletes an assignment of one class of this school; false when there is no such assignment. Attempts and mastery
   * belong to the student and the skill, not to the assignment, so they stay.
   */
  public boolean delete(long schoolId, long classId, long assignmentId) {
    return jdbi.inTransaction(h -> {
      int owned = h.createQuery("SELECT COUNT(*) FROM assignments a JOIN classes c ON c.id = a.class_id "
              + "WHERE a.id = :id AND c.id = :class AND c.school_id = :school")
          .bind("id", assignmentId)
          .bind("class", classId)
          .bind("school", schoolId)
          .mapTo(Integer.class)
          .one();
      if (owned == 0) {
        return false;
      }
      h.createUpdate("DELETE FROM assignment_skills WHERE assignment_id = :id").bind("id", assignmentId).execute();
      h.createUpdate("DELETE FROM assignments WHERE id = :id").bind("id", assignmentId).execute();
      return true;
    });
  }

  /** Assignments of one class of this school. */
  public List<Assignment> ofClass(long schoolId, long classId) {
    return query("c.id = :class", schoolId, classId, 0);
  }

  /** Assignments of every class the student is enrolled in. */
  public List<Assignment> ofStudent(long schoolId, long studentId) {
    // an archived class's work is over: it no longer appears on the student's home page
    return query("c.archived = FALSE AND c.id IN (SELECT class_id FROM enrolments WHERE student_id = :student)",
        schoolId, studentId, 0);
  }

  private List<Assignment> query(String where, long schoolId, long key, long assignmentId) {
    return jdbi.withHandle(h -> {
      record Row(long id, long classId, String title, LocalDate due, double target, String skill) {}
      List<Row> rows = h.createQuery("SELECT a.id, a.class_id, a.title, a.due_date, a.target_mastery, s.skill_id "
              + "FROM assignments a JOIN classes c ON c.id = a.class_id "
              + "JOIN assignment_skills s ON s.assignment_id = a.id "
              + "WHERE c.school_id = :school AND " + where
              + " ORDER BY a.due_date NULLS LAST, a.id, s.position")
          .bind("school", schoolId)
          .bind("class", key)
          .bind("student", key)
          .bind("assignment", assignmentId)
          .map((rs, ctx) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
              rs.getObject(4, LocalDate.class), rs.getDouble(5), rs.getString(6)))
          .list();
      Map<Long, List<Row>> byId = new LinkedHashMap<>();
      rows.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
      List<Assignment> out = new ArrayList<>();
      byId.forEach((id, rs) -> {
        Row first = rs.get(0);
        out.add(new Assignment(id, first.classId(), first.title(), first.due(), first.target(),
            rs.stream().map(Row::skill).toList()));
      });
      return out;
    });
  }
}
