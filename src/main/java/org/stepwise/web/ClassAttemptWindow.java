package org.stepwise.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.stepwise.store.TeacherQueries.AttemptRow;
import org.stepwise.teacher.dashboard.AttemptRecord;

/**
 * The last {@link TeacherToolsDashboard#HISTORY} of one class's answers, kept between refreshes of its live
 * dashboard. The dashboard refreshes every few seconds; reading a fortnight of answers each time (20,000 rows for a
 * busy class) cost more than everything else on the page, while only the answers of the last seconds are new.
 *
 * <p>So a refresh reads only answers since the previous read, less {@link #OVERLAP}: an answer is stamped before it
 * is committed, and one committed late by a busy writer could otherwise fall between two reads. Rows are kept by id,
 * so the overlap is read twice but counted once. Every {@link #FULL_RELOAD} the window is read afresh, so nothing
 * missed or since deleted outlives that; callers also keep only the records of students currently in the class
 * (so a student moved out, or whose data was deleted on request, disappears at once).
 */
final class ClassAttemptWindow {
  static final Duration OVERLAP = Duration.ofMinutes(2);
  static final Duration FULL_RELOAD = Duration.ofMinutes(10);

  /** Reads the class's answers since a moment, newest first, at most a limit. */
  interface Source {
    List<AttemptRow> since(Instant since, int limit);
  }

  private record Entry(Instant at, AttemptRecord record) {}

  private final TreeMap<Long, Entry> byId = new TreeMap<>();
  private Instant lastRead;
  private Instant lastFullRead;

  /**
   * The records of the last {@code history} before {@code now}, at most {@code limit} (the newest), after reading
   * what is new from {@code source}; {@code toRecord} turns a row into a record (it may be slow: each row is
   * converted once).
   */
  synchronized List<AttemptRecord> refresh(Source source, Function<AttemptRow, AttemptRecord> toRecord, Instant now,
      Duration history, int limit) {
    Instant horizon = now.minus(history);
    boolean full = lastFullRead == null || now.isBefore(lastFullRead) || !now.isBefore(lastFullRead.plus(FULL_RELOAD));
    Instant from = full ? horizon : later(horizon, lastRead.minus(OVERLAP));
    List<AttemptRow> rows = source.since(from, limit);
    if (full) {
      byId.clear();
      lastFullRead = now;
    }
    for (AttemptRow row : rows) {
      byId.computeIfAbsent(row.id(), id -> new Entry(row.at(), toRecord.apply(row)));
    }
    lastRead = now;
    byId.values().removeIf(e -> e.at().isBefore(horizon));
    List<AttemptRecord> out = new ArrayList<>(Math.min(limit, byId.size()));
    for (Entry e : byId.descendingMap().values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(e.record());
    }
    return out;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
