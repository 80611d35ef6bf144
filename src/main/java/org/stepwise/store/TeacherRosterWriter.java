package org.stepwise.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes an imported roster in one transaction: the classes (owned by the importing teacher), the student accounts
 * and the enrolments. Any conflict (a username already used in the school) rolls everything back, so an import
 * either happens completely or not at all.
 */
public final class TeacherRosterWriter {
  /** A class to create; {@code code} is a proposal, replaced if another class already has it. */
  public record NewClass(String key, String name, String code) {}

  /** A student account to create, with its password already hashed (hashing stays outside the transaction). */
  public record NewStudent(String key, String username, String displayName, String passwordHash) {}

  /** An enrolment by the keys of the class and student above. */
  public record NewEnrolment(String classKey, String studentKey) {}

  /** Created class ids and the class codes actually used, by key. */
  public record Applied(Map<String, Long> classIds, Map<String, String> classCodes, Map<String, Long> studentIds) {}

  /** The import was refused; nothing was written. */
  public static final class Conflict extends RuntimeException {
    private final List<String> problems;

    Conflict(List<String> problems) {
      super("roster conflicts with existing accounts", null, false, false);
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private final Jdbi jdbi;

  public TeacherRosterWriter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Applied apply(long school, long teacher, List<NewClass> classes, List<NewStudent> students,
      List<NewEnrolment> enrolments, java.util.function.Supplier<String> codes, Instant now) {
    return jdbi.inTransaction(h -> {
      List<String> problems = new ArrayList<>();
      for (NewStudent s : students) {
        if (h.createQuery("SELECT COUNT(*) FROM users WHERE school_id = :school AND username = :u")
            .bind("school", school).bind("u", s.username()).mapTo(Long.class).one() > 0) {
          problems.add("username '" + s.username() + "' is already used in this school");
        }
      }
      if (!problems.isEmpty()) {
        throw new Conflict(problems);
      }
      Map<String, Long> classIds = new HashMap<>();
      Map<String, String> classCodes = new HashMap<>();
      for (NewClass c : classes) {
        String code = c.code();
        while (code == null || codeTaken(h, code)) {
          code = codes.get();
        }
        long id = h.createUpdate("INSERT INTO classes (school_id, teacher_id, name, class_code, archived, created_at)"
                + " VALUES (:school, :teacher, :name, :code, FALSE, :now)")
            .bind("school", school).bind("teacher", teacher).bind("name", c.name()).bind("code", code)
            .bind("now", Rows.utc(now))
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        classIds.put(c.key(), id);
        classCodes.put(c.key(), code);
      }
      Map<String, Long> studentIds = new HashMap<>();
      for (NewStudent s : students) {
        long id = h.createUpdate("INSERT INTO users (school_id, role, email, username, display_name, password_hash,"
                + " created_at) VALUES (:school, 'student', NULL, :u, :name, :hash, :now)")
            .bind("school", school).bind("u", s.username()).bind("name", s.displayName())
            .bind("hash", s.passwordHash()).bind("now", Rows.utc(now))
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        studentIds.put(s.key(), id);
      }
      var batch = h.prepareBatch("INSERT INTO enrolments (class_id, student_id, created_at) VALUES (:c, :s, :now)");
      for (NewEnrolment e : enrolments) {
        batch.bind("c", classIds.get(e.classKey())).bind("s", studentIds.get(e.studentKey()))
            .bind("now", Rows.utc(now)).add();
      }
      if (!enrolments.isEmpty()) {
        batch.execute();
      }
      return new Applied(classIds, classCodes, studentIds);
    });
  }

  private static boolean codeTaken(Handle h, String code) {
    return h.createQuery("SELECT COUNT(*) FROM classes WHERE class_code = :code").bind("code", code)
        .mapTo(Long.class).one() > 0;
  }
}
