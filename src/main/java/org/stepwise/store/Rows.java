package org.stepwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Attempt;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.Verdict;

/** Row mappers shared by the repositories. */
final class Rows {
  private Rows() {}

  static Account account(ResultSet rs) throws SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getLong("school_id"),
        Role.fromDb(rs.getString("role")),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("username"));
  }

  static SchoolClass schoolClass(ResultSet rs) throws SQLException {
    return new SchoolClass(
        rs.getLong("id"),
        rs.getLong("school_id"),
        rs.getLong("teacher_id"),
        rs.getString("name"),
        rs.getString("class_code"),
        rs.getBoolean("archived"));
  }

  static Attempt attempt(ResultSet rs) throws SQLException {
    return new Attempt(
        rs.getLong("id"),
        rs.getLong("school_id"),
        rs.getLong("student_id"),
        rs.getString("skill_id"),
        rs.getLong("item_seed"),
        rs.getString("statement"),
        rs.getString("answer"),
        Verdict.fromDb(rs.getString("verdict")),
        rs.getString("feedback"),
        rs.getInt("hints_used"),
        instant(rs, "created_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Timestamps are bound as UTC offsets so H2 and PostgreSQL store the same instant. */
  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

}
