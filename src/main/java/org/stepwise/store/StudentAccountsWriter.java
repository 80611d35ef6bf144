package org.stepwise.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Creates student accounts in one class, in one transaction: all of them or none. A username the teacher chose
 * that the school already uses refuses the whole list; a username left to us is the suggested one made unique in the
 * school ("zoe.w", then "zoe.w2", ...).
 */
public final class StudentAccountsWriter {
  /** A student to create, with its password already hashed (hashing stays outside the transaction). */
  public record NewStudent(int line, String displayName, Optional<String> username, String suggestedUsername,
      String passwordHash) {}

  /** A created account, in the order asked. */
  public record Created(int line, long id, String displayName, String username) {}

  /** What happened: everything created, or nothing because chosen usernames are taken. */
  public sealed interface Outcome {
    record Added(List<Created> students) implements Outcome {}

    record Taken(Map<Integer, String> usernamesByLine) implements Outcome {}
  }

  private final Jdbi jdbi;

  public StudentAccountsWriter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds the students to the class (which the caller has checked is the teacher's, in this school). */
  public Outcome add(long schoolId, long classId, List<NewStudent> students, Instant now) {
    for (int attempt = 0; ; attempt++) {
      try {
        return jdbi.inTransaction(h -> write(h, schoolId, classId, students, now));
      } catch (UnableToExecuteStatementException e) {
        // another request took one of our usernames between the check and the insert: look again
        if (attempt >= 3 || !isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  private static Outcome write(Handle h, long schoolId, long classId, List<NewStudent> students, Instant now) {
    Map<Integer, String> taken = new HashMap<>();
    Set<String> reserved = new HashSet<>();
    for (NewStudent s : students) {
      s.username().ifPresent(u -> {
        reserved.add(u);
        if (exists(h, schoolId, u)) {
          taken.put(s.line(), u);
        }
      });
    }
    if (!taken.isEmpty()) {
      return new Outcome.Taken(taken);
    }
    Map<String, Set<String>> usedByBase = new HashMap<>();
    List<Created> created = new ArrayList<>();
    for (NewStudent s : students) {
      String username = s.username().orElseGet(() -> {
        String base = s.suggestedUsername();
        Set<String> used = usedByBase.computeIfAbsent(base, b -> startingWith(h, schoolId, b));
        String candidate = base;
        for (int n = 2; used.contains(candidate) || reserved.contains(candidate); n++) {
          candidate = base + n;
        }
        return candidate;
      });
      reserved.add(username);
      long id = h.createUpdate("INSERT INTO users (school_id, role, email, username, display_name, password_hash, "
              + "created_at) VALUES (:school, 'student', NULL, :username, :name, :hash, :now)")
          .bind("school", schoolId).bind("username", username).bind("name", s.displayName())
          .bind("hash", s.passwordHash()).bind("now", Rows.utc(now))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      h.createUpdate("INSERT INTO enrolments (class_id, student_id, created_at) VALUES (:class, :student, :now)")
          .bind("class", classId).bind("student", id).bind("now", Rows.utc(now)).execute();
      created.add(new Created(s.line(), id, s.displayName(), username));
    }
    return new Outcome.Added(created);
  }

  private static boolean exists(Handle h, long schoolId, String username) {
    return h.createQuery("SELECT COUNT(*) FROM users WHERE school_id = :school AND username = :u")
        .bind("school", schoolId).bind("u", username).mapTo(Long.class).one() > 0;
  }

  /** The school's usernames that start with a suggested one (which holds only a–z, 0–9 and '.', no LIKE wildcard). */
  private static Set<String> startingWith(Handle h, long schoolId, String base) {
    return new HashSet<>(h.createQuery("SELECT username FROM users WHERE school_id = :school AND username LIKE :p")
        .bind("school", schoolId).bind("p", base + "%").mapTo(String.class).list());
  }

  /** A unique-constraint violation: SQLSTATE 23505 on both H2 and PostgreSQL. */
  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
