package org.stepwise.store;

import java.util.List;
import java.util.Set;

/**
 * Every table that holds rows about a student, with the columns a data export shows and how a deletion removes the
 * rows. Export and deletion both read this one list, so they cannot disagree about what "the student's data" is;
 * {@link StudentDataRepository#uncovered} refuses to delete while the database has a table this list does not name
 * (a new feature's table would otherwise be left behind silently).
 *
 * <p>Columns are listed by name rather than {@code SELECT *} so that a column added later (a password, a token) is
 * never exported by accident. A column marked optional is exported when the table has it and skipped otherwise, so
 * the export works both before and after the migration that adds it.
 */
public final class StudentDataTables {
  /** How a column's value is read and written to the export. */
  public enum Kind { NUMBER, TEXT, REAL, BOOL, TIME }

  /** A column: its SQL expression, its name in the export, its kind, and whether the table may lack it. */
  public record Column(String sql, String name, Kind kind, boolean optional) {
    static Column of(String name, Kind kind) {
      return new Column(name, name, kind, false);
    }
  }

  /**
   * One table: the rows of the student are {@code SELECT columns FROM from WHERE where} (bound to :school and
   * :student), read in pages of {@code pageSize} in the order of {@code order} (unique, not null, so a page can
   * start after the last row of the one before); {@code deleteWhere} picks the same rows for {@code DELETE}.
   */
  public record Table(String name, String from, String where, String deleteWhere, List<Column> columns,
      List<Column> order, int pageSize) {}

  private static final String OWN_ROWS = "school_id = :school AND student_id = :student";
  private static final Column ID = Column.of("id", Kind.NUMBER);
  private static final Column SCHOOL = Column.of("school_id", Kind.NUMBER);
  private static final Column STUDENT = Column.of("student_id", Kind.NUMBER);
  private static final Column SKILL = Column.of("skill_id", Kind.TEXT);
  private static final Column CREATED = Column.of("created_at", Kind.TIME);

  /**
   * Page sizes bound the heap an export needs whatever the student's history: the widest rows are work checks
   * (two 16,000-character JSON columns, about 70 KB as Java strings), so 100 of them or 500 of any other kind
   * (attempts: three 2,000-character texts, about 13 KB) are at most about 7 MB at once.
   */
  private static final int PAGE = 500;
  private static final int WIDE_PAGE = 100;

  /** The student's account; exported without its password hash, deleted last (the other rows refer to it). */
  public static final Table USERS = new Table("users", "users",
      "id = :student AND school_id = :school AND role = 'student'",
      "id = :student AND school_id = :school AND role = 'student'",
      List.of(ID, SCHOOL, Column.of("role", Kind.TEXT), Column.of("username", Kind.TEXT),
          Column.of("email", Kind.TEXT), Column.of("display_name", Kind.TEXT), CREATED),
      List.of(ID), PAGE);

  /** The tables whose rows refer to the student, in the order a deletion empties them (before {@link #USERS}). */
  public static final List<Table> STUDENT_ROWS = List.of(
      new Table("enrolments", "enrolments e JOIN classes c ON c.id = e.class_id",
          "e.student_id = :student AND c.school_id = :school",
          "student_id = :student AND class_id IN (SELECT id FROM classes WHERE school_id = :school)",
          List.of(new Column("e.class_id", "class_id", Kind.NUMBER, false),
              new Column("c.name", "class_name", Kind.TEXT, false),
              new Column("c.class_code", "class_code", Kind.TEXT, false),
              new Column("e.created_at", "created_at", Kind.TIME, false)),
          List.of(new Column("e.class_id", "class_id", Kind.NUMBER, false)), PAGE),
      simple("attempts", PAGE, ID, SCHOOL, STUDENT, SKILL, Column.of("item_seed", Kind.NUMBER),
          Column.of("statement", Kind.TEXT), Column.of("answer", Kind.TEXT), Column.of("verdict", Kind.TEXT),
          Column.of("feedback", Kind.TEXT), Column.of("hints_used", Kind.NUMBER),
          // added by a later migration (the misconception the answer showed); exported once it exists
          new Column("misconception", "misconception", Kind.TEXT, true), CREATED),
      simple("hint_events", PAGE, ID, SCHOOL, STUDENT, SKILL, Column.of("item_seed", Kind.NUMBER),
          Column.of("rung", Kind.NUMBER), CREATED),
      simple("work_checks", WIDE_PAGE, ID, SCHOOL, STUDENT, Column.of("problem", Kind.TEXT),
          Column.of("lines_json", Kind.TEXT), Column.of("first_error_step", Kind.NUMBER),
          Column.of("misconception", Kind.TEXT), Column.of("verdicts_json", Kind.TEXT),
          Column.of("feedback", Kind.TEXT), CREATED),
      simple("tutor_exchanges", PAGE, ID, SCHOOL, STUDENT, SKILL, Column.of("item_seed", Kind.NUMBER),
          Column.of("student_message", Kind.TEXT), Column.of("reply", Kind.TEXT), Column.of("intent", Kind.TEXT),
          Column.of("flagged", Kind.BOOL), CREATED),
      simple("mastery_snapshots", PAGE, ID, SCHOOL, STUDENT, SKILL, Column.of("p_mastery", Kind.REAL), CREATED),
      new Table("mastery_current", "mastery_current", OWN_ROWS, OWN_ROWS,
          List.of(SCHOOL, STUDENT, SKILL, Column.of("p_mastery", Kind.REAL), Column.of("answers", Kind.NUMBER),
              Column.of("updated_at", Kind.TIME)),
          List.of(SKILL), PAGE));

  /** Every table of the export, the account first. */
  public static final List<Table> ALL = concat(USERS, STUDENT_ROWS);

  /**
   * Columns that refer to users but never to a student, so a student's deletion need not touch them (a class's
   * teacher). Written {@code table.column}.
   */
  public static final Set<String> STAFF_REFERENCES = Set.of("classes.teacher_id");

  /** Tables that keep a student's id on purpose after the deletion (the audit trail; no name, no answers). */
  public static final Set<String> KEEPS_DELETED_IDS = Set.of("deletion_log");

  private StudentDataTables() {}

  /** A table whose rows carry school_id and student_id, read in the order they were written. */
  private static Table simple(String name, int pageSize, Column... columns) {
    List<Column> order = List.of(columns).contains(CREATED) && List.of(columns).contains(ID)
        ? List.of(CREATED, ID) : List.of(ID);
    return new Table(name, name, OWN_ROWS, OWN_ROWS, List.of(columns), order, pageSize);
  }

  private static List<Table> concat(Table first, List<Table> rest) {
    var all = new java.util.ArrayList<Table>();
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }
}
