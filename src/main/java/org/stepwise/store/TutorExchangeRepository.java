package org.stepwise.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Every message a student sent the tutor and what the tutor answered, stored before the student sees the reply so
 * that the teacher can read the whole conversation (flagged ones first). Every query is scoped by school.
 */
public final class TutorExchangeRepository {
  /** The column widths of {@code tutor_exchanges}. */
  public static final int MAX_MESSAGE = 2000;
  public static final int MAX_REPLY = 4000;

  /** One exchange to store. */
  public record NewExchange(long schoolId, long studentId, String skillId, long itemSeed, String message,
      String reply, String intent, boolean flagged, Instant at) {}

  /** One stored exchange. */
  public record StoredExchange(long id, long studentId, String skillId, long itemSeed, String message, String reply,
      String intent, boolean flagged, Instant at) {}

  private static final String COLUMNS =
      "id, student_id, skill_id, item_seed, student_message, reply, intent, flagged, created_at";

  private final Jdbi jdbi;

  public TutorExchangeRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public long insert(NewExchange e) {
    if (e.message().length() > MAX_MESSAGE) {
      throw new IllegalArgumentException("message longer than " + MAX_MESSAGE);
    }
    // a reply is authored and short; the cut only guards the column (it never hides a flag: that is its own column)
    String reply = e.reply().length() > MAX_REPLY ? e.reply().substring(0, MAX_REPLY) : e.reply();
    return jdbi.withHandle(h -> h.createUpdate("""
            INSERT INTO tutor_exchanges (school_id, student_id, skill_id, item_seed, student_message, reply, intent,
                                         flagged, created_at)
            VALUES (:school, :student, :skill, :seed, :message, :reply, :intent, :flagged, :at)""")
        .bind("school", e.schoolId())
        .bind("student", e.studentId())
        .bind("skill", e.skillId())
        .bind("seed", e.itemSeed())
        .bind("message", e.message())
        .bind("reply", reply)
        .bind("intent", e.intent())
        .bind("flagged", e.flagged())
        .bind("at", Rows.utc(e.at()))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one());
  }

  /** The last {@code limit} exchanges of one student on one item, oldest first (the dialogue's history). */
  public List<StoredExchange> ofItem(long schoolId, long studentId, String skillId, long itemSeed, int limit) {
    List<StoredExchange> newestFirst = jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
            + " FROM tutor_exchanges WHERE school_id = :school AND student_id = :student AND skill_id = :skill"
            + " AND item_seed = :seed ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
        .bind("school", schoolId)
        .bind("student", studentId)
        .bind("skill", skillId)
        .bind("seed", itemSeed)
        .bind("limit", limit)
        .map((rs, ctx) -> row(rs))
        .list());
    return newestFirst.reversed();
  }

  /** A student's exchanges for the teacher: flagged ones first, then the most recent; at most {@code limit}. */
  public List<StoredExchange> ofStudentFlaggedFirst(long schoolId, long studentId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
            + " FROM tutor_exchanges WHERE school_id = :school AND student_id = :student"
            + " ORDER BY flagged DESC, created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
        .bind("school", schoolId)
        .bind("student", studentId)
        .bind("limit", limit)
        .map((rs, ctx) -> row(rs))
        .list());
  }

  /**
   * A student's exchanges for the drill-down, filtered by skill (null for all) and a window {@code [from, to)}:
   * flagged ones first, then the most recent; at most {@code limit}.
   */
  public List<StoredExchange> ofStudentFiltered(long schoolId, long studentId, String skillId, Instant from,
      Instant to, int limit) {
    return jdbi.withHandle(h -> {
      var q = h.createQuery("SELECT " + COLUMNS + " FROM tutor_exchanges WHERE school_id = :school"
          + " AND student_id = :student" + (skillId == null ? "" : " AND skill_id = :skill")
          + (from == null ? "" : " AND created_at >= :from") + (to == null ? "" : " AND created_at < :to")
          + " ORDER BY flagged DESC, created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
          .bind("school", schoolId)
          .bind("student", studentId)
          .bind("limit", limit);
      if (skillId != null) {
        q.bind("skill", skillId);
      }
      if (from != null) {
        q.bind("from", Rows.utc(from));
      }
      if (to != null) {
        q.bind("to", Rows.utc(to));
      }
      return q.map((rs, ctx) -> row(rs)).list();
    });
  }

  public long countOfItem(long schoolId, long studentId, String skillId, long itemSeed) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM tutor_exchanges WHERE school_id = :school"
            + " AND student_id = :student AND skill_id = :skill AND item_seed = :seed")
        .bind("school", schoolId)
        .bind("student", studentId)
        .bind("skill", skillId)
        .bind("seed", itemSeed)
        .mapTo(Long.class)
        .one());
  }

  public long countOfStudent(long schoolId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM tutor_exchanges WHERE school_id = :school AND student_id = :student")
        .bind("school", schoolId)
        .bind("student", studentId)
        .mapTo(Long.class)
        .one());
  }

  private static StoredExchange row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new StoredExchange(rs.getLong("id"), rs.getLong("student_id"), rs.getString("skill_id"),
        rs.getLong("item_seed"), rs.getString("student_message"), rs.getString("reply"), rs.getString("intent"),
        rs.getBoolean("flagged"), Rows.instant(rs, "created_at"));
  }
}
