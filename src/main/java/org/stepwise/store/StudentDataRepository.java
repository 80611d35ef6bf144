package org.stepwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.stepwise.store.StudentDataTables.Column;
import org.stepwise.store.StudentDataTables.Table;

/**
 * A student's data as a whole, for requests from families: count it, export it, delete it. The tables are those of
 * {@link StudentDataTables}; every statement is bound to the caller's school as well as the student.
 */
public final class StudentDataRepository {
  /** Receives an export table by table, row by row, while the rows are read. */
  public interface RowSink {
    void startTable(String table, List<Column> columns);

    /** One row, its values in the order of the columns given to {@link #startTable}. */
    void row(Object[] values);

    void endTable(String table, long rows);
  }

  /** A deletion that committed: the audit record's id and the rows deleted per table. */
  public record Deleted(long logId, Instant at, Map<String, Long> rows) {}

  /** One line of the audit trail. */
  public record LogEntry(long id, long deletedStudentId, long deletedBy, Instant at, String rowsJson) {}

  /** The database holds student data in tables Stepwise does not know; nothing was deleted. */
  public static final class Uncovered extends RuntimeException {
    private final List<String> tables;

    Uncovered(List<String> tables) {
      super("tables not covered by student deletion: " + tables, null, false, false);
      this.tables = List.copyOf(tables);
    }

    public List<String> tables() {
      return tables;
    }
  }

  /** Rows the deletion could not remove still refer to the student; the transaction was rolled back. */
  public static final class StillReferenced extends RuntimeException {
    StillReferenced(Throwable cause) {
      super("rows still refer to the student", cause, false, false);
    }
  }

  private final Jdbi jdbi;

  public StudentDataRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Rows per table about the student (the account counts as one row of users), in {@link StudentDataTables#ALL} order. */
  public Map<String, Long> count(long schoolId, long studentId) {
    return jdbi.withHandle(h -> {
      Map<String, Long> out = new LinkedHashMap<>();
      for (Table t : StudentDataTables.ALL) {
        out.put(t.name(), h.createQuery("SELECT COUNT(*) FROM " + t.from() + " WHERE " + t.where())
            .bind("school", schoolId).bind("student", studentId).mapTo(Long.class).one());
      }
      return out;
    });
  }

  /**
   * Streams every row about the student to {@code sink}, table by table, in pages (keyset pagination, so each
   * page is one indexed query and the heap holds one page at most). All pages are read in one repeatable-read
   * transaction, so the export is a consistent picture of one moment even while the student practises. Returns
   * false, having written nothing, when the student is not a student of the school.
   */
  public boolean export(long schoolId, long studentId, RowSink sink) {
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
      Table users = StudentDataTables.USERS;
      if (h.createQuery("SELECT COUNT(*) FROM users WHERE " + users.where()).bind("school", schoolId)
          .bind("student", studentId).mapTo(Long.class).one() != 1) {
        return false;
      }
      for (Table t : StudentDataTables.ALL) {
        List<Column> columns = present(h, t);
        sink.startTable(t.name(), columns);
        long n = 0;
        Object[] last = null;
        while (true) {
          List<Object[]> page = page(h, t, columns, schoolId, studentId, last);
          for (Object[] row : page) {
            sink.row(row);
          }
          n += page.size();
          if (page.size() < t.pageSize()) {
            break;
          }
          last = page.get(page.size() - 1);
        }
        sink.endTable(t.name(), n);
      }
      return true;
    });
  }

  /**
   * Deletes every row about the student and the account itself in one transaction, and records who did it in
   * deletion_log. Refuses before deleting anything when a table that holds student ids is not covered; when rows
   * that refer to the student remain anyway (a foreign key the list misses), the database refuses the account's
   * deletion and the whole transaction rolls back. Empty when the student is not a student of the school.
   */
  public Optional<Deleted> delete(long schoolId, long studentId, long adminId, Instant now) {
    try {
      return jdbi.inTransaction(h -> {
        List<String> gaps = uncovered(h);
        if (!gaps.isEmpty()) {
          throw new Uncovered(gaps);
        }
        // Lock the account first: an answer being stored for the student now waits for this transaction (its
        // foreign key check needs the row) and then fails, instead of slipping in between two deletes.
        Table users = StudentDataTables.USERS;
        if (h.createQuery("SELECT id FROM users WHERE " + users.where() + " FOR UPDATE").bind("school", schoolId)
            .bind("student", studentId).mapTo(Long.class).findOne().isEmpty()) {
          return Optional.empty();
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table t : StudentDataTables.STUDENT_ROWS) {
          rows.put(t.name(), (long) h.createUpdate("DELETE FROM " + t.name() + " WHERE " + t.deleteWhere())
              .bind("school", schoolId).bind("student", studentId).execute());
        }
        int accounts = h.createUpdate("DELETE FROM users WHERE " + users.deleteWhere())
            .bind("school", schoolId).bind("student", studentId).execute();
        if (accounts != 1) {
          throw new IllegalStateException("expected to delete one account, deleted " + accounts);
        }
        rows.put(users.name(), 1L);
        String json = rows.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
        long logId = h.createUpdate("INSERT INTO deletion_log (school_id, deleted_student_id, deleted_by, "
                + "deleted_at, rows_deleted) VALUES (:school, :student, :admin, :at, :rows)")
            .bind("school", schoolId).bind("student", studentId).bind("admin", adminId)
            .bind("at", Rows.utc(now)).bind("rows", json)
            .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return Optional.of(new Deleted(logId, now, rows));
      });
    } catch (JdbiException e) {
      if (isForeignKeyViolation(e)) {
        throw new StillReferenced(e);
      }
      throw e;
    }
  }

  /** The school's deletion records, newest first (at most {@code limit}). */
  public List<LogEntry> log(long schoolId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("SELECT id, deleted_student_id, deleted_by, deleted_at, rows_deleted "
            + "FROM deletion_log WHERE school_id = :school ORDER BY deleted_at DESC, id DESC LIMIT :limit")
        .bind("school", schoolId).bind("limit", limit)
        .map((rs, ctx) -> new LogEntry(rs.getLong(1), rs.getLong(2), rs.getLong(3), Rows.instant(rs, "deleted_at"),
            rs.getString(5)))
        .list());
  }

  /**
   * Tables of the current schema that may hold a student's rows but that a deletion would not empty: every base
   * table with a student_id column, and every foreign key into users, must be one of {@link StudentDataTables}
   * (or a staff-only reference, or the audit trail). Empty when the deletion covers everything.
   */
  public List<String> uncovered() {
    return jdbi.withHandle(StudentDataRepository::uncovered);
  }

  private static List<String> uncovered(Handle h) {
    String schema = schema(h);
    Set<String> covered = StudentDataTables.STUDENT_ROWS.stream().map(Table::name).collect(Collectors.toSet());
    Set<String> gaps = new TreeSet<>();
    h.createQuery("SELECT LOWER(c.table_name) FROM information_schema.columns c "
            + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
            + "WHERE c.table_schema = :schema AND t.table_type = 'BASE TABLE' AND LOWER(c.column_name) = 'student_id'")
        .bind("schema", schema).mapTo(String.class).forEach(table -> {
          if (!covered.contains(table) && !StudentDataTables.KEEPS_DELETED_IDS.contains(table)) {
            gaps.add(table);
          }
        });
    h.createQuery("SELECT LOWER(k.table_name), LOWER(k.column_name) "
            + "FROM information_schema.referential_constraints r "
            + "JOIN information_schema.key_column_usage k ON k.constraint_schema = r.constraint_schema "
            + "  AND k.constraint_name = r.constraint_name "
            + "JOIN information_schema.table_constraints p ON p.constraint_schema = r.unique_constraint_schema "
            + "  AND p.constraint_name = r.unique_constraint_name "
            + "WHERE r.constraint_schema = :schema AND LOWER(p.table_name) = 'users'")
        .bind("schema", schema).map((rs, ctx) -> rs.getString(1) + "." + rs.getString(2)).forEach(ref -> {
          String table = ref.substring(0, ref.indexOf('.'));
          boolean student = covered.contains(table) && ref.endsWith(".student_id");
          if (!student && !StudentDataTables.STAFF_REFERENCES.contains(ref)) {
            gaps.add(ref);
          }
        });
    return new ArrayList<>(gaps);
  }

  /** The table's columns without the optional ones this database does not have (yet). */
  private static List<Column> present(Handle h, Table t) {
    if (t.columns().stream().noneMatch(Column::optional)) {
      return t.columns();
    }
    Set<String> existing = h.createQuery("SELECT LOWER(column_name) FROM information_schema.columns "
            + "WHERE table_schema = :schema AND LOWER(table_name) = :table")
        .bind("schema", schema(h)).bind("table", t.name().toLowerCase(Locale.ROOT))
        .mapTo(String.class).set();
    return t.columns().stream().filter(c -> !c.optional() || existing.contains(c.name())).toList();
  }

  /** The schema the connection works in (PUBLIC on H2, the search path's first on PostgreSQL). */
  private static String schema(Handle h) {
    try {
      return h.getConnection().getSchema();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the current schema", e);
    }
  }

  private static List<Object[]> page(Handle h, Table t, List<Column> columns, long schoolId, long studentId,
      Object[] after) {
    StringBuilder sql = new StringBuilder("SELECT ")
        .append(columns.stream().map(Column::sql).collect(Collectors.joining(", ")))
        .append(" FROM ").append(t.from()).append(" WHERE ").append(t.where());
    if (after != null) {
      sql.append(" AND ").append(after(t.order(), 0));
    }
    sql.append(" ORDER BY ").append(t.order().stream().map(Column::sql).collect(Collectors.joining(", ")))
        .append(" LIMIT ").append(t.pageSize());
    Query q = h.createQuery(sql.toString()).bind("school", schoolId).bind("student", studentId);
    if (after != null) {
      for (int i = 0; i < t.order().size(); i++) {
        Column key = t.order().get(i);
        Object value = after[columns.indexOf(key)];
        q.bind("k" + i, value instanceof Instant instant ? Rows.utc(instant) : value);
      }
    }
    return q.map((rs, ctx) -> read(rs, columns)).list();
  }

  /** Rows after the key (k0, k1, ...) in the order of {@code order}: c0 > k0 OR (c0 = k0 AND (c1 > k1 OR ...)). */
  private static String after(List<Column> order, int i) {
    String c = order.get(i).sql();
    if (i == order.size() - 1) {
      return c + " > :k" + i;
    }
    return "(" + c + " > :k" + i + " OR (" + c + " = :k" + i + " AND " + after(order, i + 1) + "))";
  }

  private static Object[] read(ResultSet rs, List<Column> columns) throws SQLException {
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      int col = i + 1;
      row[i] = switch (columns.get(i).kind()) {
        case NUMBER -> {
          long v = rs.getLong(col);
          yield rs.wasNull() ? null : v;
        }
        case REAL -> {
          double v = rs.getDouble(col);
          yield rs.wasNull() ? null : v;
        }
        case BOOL -> {
          boolean v = rs.getBoolean(col);
          yield rs.wasNull() ? null : v;
        }
        case TEXT -> rs.getString(col);
        case TIME -> {
          OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
          yield t == null ? null : t.toInstant();
        }
      };
    }
    return row;
  }

  private static boolean isForeignKeyViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s && "23503".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
