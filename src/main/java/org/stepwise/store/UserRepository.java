package org.stepwise.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Role;

/** Accounts. Every read except the two login look-ups is scoped by school. */
public final class UserRepository {
  private static final String COLUMNS = "u.id, u.school_id, u.role, u.display_name, u.email, u.username";

  /** An account with its password hash, returned only to the login code. */
  public record Credentials(Account account, String passwordHash) {}

  private final Jdbi jdbi;

  public UserRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long create(
      long schoolId, Role role, String email, String username, String displayName, String hash, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("""
            INSERT INTO users (school_id, role, email, username, display_name, password_hash, created_at)
            VALUES (:school, :role, :email, :username, :name, :hash, :now)""")
        .bind("school", schoolId)
        .bind("role", role.dbName())
        .bind("email", email == null ? null : email.toLowerCase(java.util.Locale.ROOT))
        .bind("username", username)
        .bind("name", displayName)
        .bind("hash", hash)
        .bind("now", Rows.utc(now))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one());
  }

  /** Teachers and school admins sign in by e-mail (case-insensitive). */
  public Optional<Credentials> staffByEmail(String email) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", u.password_hash FROM users u "
            + "WHERE u.email = :email AND u.role IN ('teacher', 'school_admin')")
        .bind("email", email.toLowerCase(java.util.Locale.ROOT))
        .map((rs, ctx) -> new Credentials(Rows.account(rs), rs.getString("password_hash")))
        .findOne());
  }

  /** Students sign in with the code of a class they are enrolled in (not archived) and their username. */
  public Optional<Credentials> studentByClassCode(String classCode, String username) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", u.password_hash FROM users u "
            + "JOIN enrolments e ON e.student_id = u.id "
            + "JOIN classes c ON c.id = e.class_id AND c.school_id = u.school_id "
            + "WHERE c.class_code = :code AND c.archived = FALSE AND u.username = :username "
            + "AND u.role = 'student'")
        .bind("code", classCode.toUpperCase(java.util.Locale.ROOT))
        .bind("username", username)
        .map((rs, ctx) -> new Credentials(Rows.account(rs), rs.getString("password_hash")))
        .findOne());
  }

  public Optional<Account> find(long schoolId, long userId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users u "
            + "WHERE u.id = :id AND u.school_id = :school")
        .bind("id", userId)
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.account(rs))
        .findOne());
  }

  public List<Account> studentsOfClass(long schoolId, long classId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users u "
            + "JOIN enrolments e ON e.student_id = u.id "
            + "WHERE e.class_id = :class AND u.school_id = :school AND u.role = 'student' "
            + "ORDER BY u.display_name, u.id")
        .bind("class", classId)
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.account(rs))
        .list());
  }

  public List<Account> staffOfSchool(long schoolId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM users u "
            + "WHERE u.school_id = :school AND u.role IN ('teacher', 'school_admin') ORDER BY u.display_name")
        .bind("school", schoolId)
        .map((rs, ctx) -> Rows.account(rs))
        .list());
  }

  public long countStudents(long schoolId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM users WHERE school_id = :school AND role = 'student'")
        .bind("school", schoolId)
        .mapTo(Long.class)
        .one());
  }

  /** Replaces a student's password hash (a teacher's reset); false when there is no such student in the school. */
  public boolean setStudentPasswordHash(long schoolId, long studentId, String hash) {
    return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET password_hash = :hash "
            + "WHERE id = :id AND school_id = :school AND role = 'student'")
        .bind("hash", hash).bind("id", studentId).bind("school", schoolId)
        .execute() == 1);
  }
}
