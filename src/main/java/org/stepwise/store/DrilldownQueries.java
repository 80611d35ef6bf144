package org.stepwise.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.stepwise.classroom.Attempt;

/**
 * Read-only queries for the teacher's drill-down into one student: attempts (paged, filtered), the hint rungs taken on
 * those items, mastery over time, and the student's skills. Every query takes the caller's school and the student;
 * the web layer has already checked that the caller may see this student (Access.student).
 */
public final class DrilldownQueries {
  /**
   * What the page is filtered by: a skill (null for all) and a time window {@code [from, to)} (either end null for
   * open). Written work has no skill, so only the window applies to it.
   */
  public record Filter(String skillId, Instant from, Instant to) {
    public static final Filter ALL = new Filter(null, null, null);
  }

  /** One estimate of the mastery model, in time order within its skill. */
  public record MasteryPoint(String skillId, double pMastery, Instant at) {}

  /** An item a student worked on: the key of hint events and tutor exchanges. */
  public record ItemKey(String skillId, long itemSeed) {}

  private static final String ATTEMPT_COLUMNS = "id, school_id, student_id, skill_id, item_seed, statement, answer, "
      + "verdict, feedback, hints_used, created_at";

  private final Jdbi jdbi;

  public DrilldownQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The student's attempts, newest first: {@code limit} of them after skipping {@code offset}. */
  public List<Attempt> attempts(long schoolId, long studentId, Filter f, int offset, int limit) {
    return jdbi.withHandle(h -> {
      Query q = h.createQuery("SELECT " + ATTEMPT_COLUMNS + " FROM attempts WHERE school_id = :school"
          + " AND student_id = :student" + where(f) + " ORDER BY created_at DESC, id DESC"
          + " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY");
      bind(q, schoolId, studentId, f);
      return q.bind("offset", offset).bind("limit", limit).map((rs, ctx) -> Rows.attempt(rs)).list();
    });
  }

  /** How many attempts match the filter (for "showing 51–100 of 340"). */
  public long countAttempts(long schoolId, long studentId, Filter f) {
    return jdbi.withHandle(h -> {
      Query q = h.createQuery("SELECT COUNT(*) FROM attempts WHERE school_id = :school AND student_id = :student"
          + where(f));
      bind(q, schoolId, studentId, f);
      return q.mapTo(Long.class).one();
    });
  }

  /** Per item: the hint rungs the student opened on it, in order (each rung once). */
  public Map<ItemKey, List<Integer>> hintRungs(long schoolId, long studentId, List<ItemKey> items) {
    Map<ItemKey, TreeSet<Integer>> rungs = new HashMap<>();
    if (items.isEmpty()) {
      return Map.of();
    }
    List<Long> seeds = items.stream().map(ItemKey::itemSeed).distinct().toList();
    jdbi.useHandle(h -> h.createQuery("SELECT skill_id, item_seed, rung FROM hint_events WHERE school_id = :school"
            + " AND student_id = :student AND item_seed IN (<seeds>)")
        .bind("school", schoolId)
        .bind("student", studentId)
        .bindList("seeds", seeds)
        .map((rs, ctx) -> new Object[] {new ItemKey(rs.getString(1), rs.getLong(2)), rs.getInt(3)})
        .forEach(r -> rungs.computeIfAbsent((ItemKey) r[0], k -> new TreeSet<>()).add((Integer) r[1])));
    // the seed alone may match another skill's item: keep only the items asked about
    Map<ItemKey, List<Integer>> out = new HashMap<>();
    for (ItemKey k : items) {
      TreeSet<Integer> r = rungs.get(k);
      if (r != null) {
        out.put(k, List.copyOf(r));
      }
    }
    return out;
  }

  /**
   * The statements of items the student answered, for naming the item a tutor conversation was about (exchanges
   * store the item's key, not its text).
   */
  public Map<ItemKey, String> statements(long schoolId, long studentId, List<ItemKey> items) {
    if (items.isEmpty()) {
      return Map.of();
    }
    Map<ItemKey, String> out = new HashMap<>();
    List<Long> seeds = items.stream().map(ItemKey::itemSeed).distinct().toList();
    java.util.Set<ItemKey> wanted = new java.util.HashSet<>(items);
    jdbi.useHandle(h -> h.createQuery("SELECT skill_id, item_seed, statement FROM attempts WHERE school_id = :school"
            + " AND student_id = :student AND item_seed IN (<seeds>)")
        .bind("school", schoolId)
        .bind("student", studentId)
        .bindList("seeds", seeds)
        .map((rs, ctx) -> Map.entry(new ItemKey(rs.getString(1), rs.getLong(2)), rs.getString(3)))
        .forEach(e -> {
          if (wanted.contains(e.getKey())) {
            out.putIfAbsent(e.getKey(), e.getValue());
          }
        }));
    return out;
  }

  /**
   * The mastery estimates in the filter, oldest first; at most {@code limit}, the newest ones when there are more.
   * Read straight from {@code mastery_snapshots}: this is the history, not the current estimate.
   */
  public List<MasteryPoint> masteryHistory(long schoolId, long studentId, Filter f, int limit) {
    List<MasteryPoint> newestFirst = jdbi.withHandle(h -> {
      Query q = h.createQuery("SELECT skill_id, p_mastery, created_at FROM mastery_snapshots"
          + " WHERE school_id = :school AND student_id = :student" + where(f)
          + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY");
      bind(q, schoolId, studentId, f);
      return q.bind("limit", limit)
          .map((rs, ctx) -> new MasteryPoint(rs.getString(1), rs.getDouble(2), Rows.instant(rs, "created_at")))
          .list();
    });
    return new ArrayList<>(newestFirst).reversed();
  }

  /** The skills the student has answered or has an estimate for, in id order (the skill filter's choices). */
  public List<String> skills(long schoolId, long studentId) {
    return jdbi.withHandle(h -> h.createQuery("SELECT skill_id FROM attempts WHERE school_id = :school"
            + " AND student_id = :student UNION SELECT skill_id FROM mastery_snapshots WHERE school_id = :school"
            + " AND student_id = :student ORDER BY skill_id")
        .bind("school", schoolId)
        .bind("student", studentId)
        .setMaxRows(500)
        .mapTo(String.class)
        .list());
  }

  /** The filter's conditions on a table with {@code skill_id} and {@code created_at}. */
  static String where(Filter f) {
    return (f.skillId() == null ? "" : " AND skill_id = :skill")
        + (f.from() == null ? "" : " AND created_at >= :from")
        + (f.to() == null ? "" : " AND created_at < :to");
  }

  static void bind(Query q, long schoolId, long studentId, Filter f) {
    q.bind("school", schoolId).bind("student", studentId);
    if (f.skillId() != null) {
      q.bind("skill", f.skillId());
    }
    if (f.from() != null) {
      q.bind("from", Rows.utc(f.from()));
    }
    if (f.to() != null) {
      q.bind("to", Rows.utc(f.to()));
    }
  }
}
