package org.stepwise.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.stepwise.classroom.SchoolClass;

/** Classes and enrolments, always scoped by school. */
public final class ClassRepository {
  private static final String COLUMNS = "c.id, c.school_id, c.teacher_id, c.name, c.class_code, c.archived";
  private final Jdbi jdbi;

  public ClassRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long create(long schoolId, long teacherId, String name, String classCode, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("""
            INSERT INTO classes (school_id, teacher_id, name, class_code, archived, created_at)
            VALUES (:school, :teacher, :name, :code, FALSE, :now)""")
        .bind("school", schoolId)
        .bind("teacher", teacherId)
        .bind("name", name)
        .bind("code", classCode.toUpperCase(java.util.Locale.ROOT))
        .bind("now", Rows.utc(now))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one());
  }

  public void enrol(long classId, long studentId, Instant now) {
    jdbi.useHandle(h -> h.createUpdate(
            "INSERT INTO enrolments (class_id, student_id, created_at) VALUES (:class, :student, :now)")
        .bind("class", classId)
        .bind("student", studentId)
        .bind("now", Rows.utc(now))
        .execute());
  }

  public Optional<SchoolClass> find(long schoolId, long classId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM classes c "
            + "WHERE c.id = :id AND c.school_id = :school")
        .bind("id", classId)
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.schoolClass(rs))
        .findOne());
  }

  public List<SchoolClass> ofTeacher(long schoolId, long teacherId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM classes c "
            + "WHERE c.teacher_id = :teacher AND c.school_id = :school ORDER BY c.name, c.id")
        .bind("teacher", teacherId)
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.schoolClass(rs))
        .list());
  }

  public List<SchoolClass> ofSchool(long schoolId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM classes c "
            + "WHERE c.school_id = :school ORDER BY c.name, c.id")
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.schoolClass(rs))
        .list());
  }

  public List<SchoolClass> ofStudent(long schoolId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM classes c "
            + "JOIN enrolments e ON e.class_id = c.id "
            + "WHERE e.student_id = :student AND c.school_id = :school ORDER BY c.name, c.id")
        .bind("student", studentId)
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.schoolClass(rs))
        .list());
  }

  /** True when the student is enrolled in a class that this teacher teaches, in this school. */
  public boolean teaches(long schoolId, long teacherId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM classes c "
            + "JOIN enrolments e ON e.class_id = c.id "
            + "WHERE c.teacher_id = :teacher AND c.school_id = :school AND e.student_id = :student")
        .bind("teacher", teacherId)
        .bind("school", schoolId)
        .bind("student", studentId)
        .mapTo(Long.class)
        .one() > 0);
  }
}
