package org.stepwise.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

  // ---- class setup (teacher pages): create with a fresh code, archive, un-enrol -------------------------------

  /**
   * Creates a class with a fresh code from {@code codes} that no class has yet. Codes are unique across schools
   * (students type only the code, not the school); a code taken between the check and the insert by a concurrent
   * request is caught by the unique constraint and another one is drawn.
   */
  public SchoolClass createWithFreshCode(long schoolId, long teacherId, String name, Supplier<String> codes,
      Instant now) {
    for (int attempt = 0; ; attempt++) {
      String code = codes.get();
      try {
        return jdbi.inTransaction(h -> {
          String free = code;
          while (h.createQuery("SELECT COUNT(*) FROM classes WHERE class_code = :code").bind("code", free)
              .mapTo(Long.class).one() > 0) {
            free = codes.get();
          }
          long id = h.createUpdate("""
                  INSERT INTO classes (school_id, teacher_id, name, class_code, archived, created_at)
                  VALUES (:school, :teacher, :name, :code, FALSE, :now)""")
              .bind("school", schoolId).bind("teacher", teacherId).bind("name", name).bind("code", free)
              .bind("now", Rows.utc(now))
              .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
          return new SchoolClass(id, schoolId, teacherId, name, free, false);
        });
      } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
        if (attempt >= 3 || !StudentAccountsWriter.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  /** Archives or restores one of the teacher's classes; nothing is deleted. False when no such class is theirs. */
  public boolean setArchived(long schoolId, long teacherId, long classId, boolean archived) {
    return jdbi.withHandle(h -> h.createUpdate("UPDATE classes SET archived = :archived "
            + "WHERE id = :id AND school_id = :school AND teacher_id = :teacher")
        .bind("archived", archived).bind("id", classId).bind("school", schoolId).bind("teacher", teacherId)
        .execute() == 1);
  }

  /** True when the student is enrolled in this class of this school. */
  public boolean isEnrolled(long schoolId, long classId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM enrolments e "
            + "JOIN classes c ON c.id = e.class_id "
            + "WHERE e.class_id = :class AND e.student_id = :student AND c.school_id = :school")
        .bind("class", classId).bind("student", studentId).bind("school", schoolId)
        .mapTo(Long.class).one() > 0);
  }

  /** Takes a student out of a class; the account, its attempts and mastery stay. False when not enrolled. */
  public boolean unenrol(long schoolId, long classId, long studentId) {
    return jdbi.withHandle(h -> h.createUpdate("DELETE FROM enrolments WHERE class_id = :class "
            + "AND student_id = :student "
            + "AND EXISTS (SELECT 1 FROM classes c WHERE c.id = :class AND c.school_id = :school)")
        .bind("class", classId).bind("student", studentId).bind("school", schoolId)
        .execute() == 1);
  }
}
