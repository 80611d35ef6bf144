package org.stepwise.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.store.TeacherQueries;
import org.stepwise.teacher.dashboard.AttemptRecord;
import org.stepwise.teacher.dashboard.Dashboard;
import org.stepwise.teacher.dashboard.HelpAlert;
import org.stepwise.teacher.dashboard.TutorFlag;
import org.stepwise.teacher.text.MisconceptionGuide;
import org.stepwise.web.pages.Chrome;
import org.stepwise.web.pages.TeacherDashboardPage;
import org.stepwise.web.pages.TeacherDashboardPage.Cell;

/**
 * Builds the live dashboard of one class from the store (scoped queries) and the teacher library's pure functions.
 */
final class TeacherToolsDashboard {
  /** How far back groups, hint reliance and time on task look; enough for a fortnight of lessons. */
  static final Duration HISTORY = Duration.ofDays(14);
  /** At most this many recent answers are read per refresh (a class of 40 answering all day stays far below). */
  static final int MAX_ATTEMPTS = 20_000;
  /** Classes whose answer windows are kept (a few MB at most each: MAX_ATTEMPTS small records). */
  static final int MAX_WINDOWS = 200;
  static final int GROUP_MIN = 2;
  static final int GROUP_MAX = 6;

  private final TeacherQueries queries;
  private final TeacherToolsItems items;
  private final MisconceptionGuide guide;

  /** A class's window belongs to the teacher who opened it; the queries behind it are scoped to that teacher. */
  private record WindowKey(long schoolId, long teacherId, long classId) {}

  /** Windows of the classes whose dashboards were opened lately; the least recently used go first. */
  private final Map<WindowKey, ClassAttemptWindow> windows = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<WindowKey, ClassAttemptWindow> eldest) {
      return size() > MAX_WINDOWS;
    }
  };

  TeacherToolsDashboard(TeacherQueries queries, TeacherToolsItems items, MisconceptionGuide guide) {
    this.queries = queries;
    this.items = items;
    this.guide = guide;
  }

  /** The class's answers since {@code since} as the teacher library wants them, with diagnosed misconceptions. */
  List<AttemptRecord> records(Account me, long classId, Instant since) {
    List<AttemptRecord> out = new ArrayList<>();
    for (TeacherQueries.AttemptRow a : queries.attempts(me.schoolId(), me.id(), classId, since, MAX_ATTEMPTS)) {
      out.add(record(a));
    }
    out.addAll(writtenWork(me, classId, since));
    return out;
  }

  /**
   * The same for the live dashboard: the answers come from the class's window kept between refreshes, so a refresh
   * reads only what is new (see {@link ClassAttemptWindow}).
   */
  private List<AttemptRecord> liveRecords(Account me, long classId, List<Account> students, Instant now) {
    ClassAttemptWindow window;
    synchronized (windows) {
      window = windows.computeIfAbsent(new WindowKey(me.schoolId(), me.id(), classId), k -> new ClassAttemptWindow());
    }
    List<AttemptRecord> out = new ArrayList<>(window.refresh(
        (since, limit) -> queries.attempts(me.schoolId(), me.id(), classId, since, limit), this::record, now,
        HISTORY, MAX_ATTEMPTS));
    java.util.Set<String> enrolled = students.stream().map(s -> String.valueOf(s.id()))
        .collect(java.util.stream.Collectors.toSet());
    out.removeIf(r -> !enrolled.contains(r.studentId()));
    out.addAll(writtenWork(me, classId, now.minus(HISTORY)));
    return out;
  }

  private AttemptRecord record(TeacherQueries.AttemptRow a) {
    boolean correct = a.verdict().equals("correct");
    int rungs = 0;
    String misconception = null;
    // Only wrong or hinted answers need their item: the ladder length and the typical wrong answers.
    if (!correct || a.hintsUsed() > 0) {
      var item = items.find(a.skillId(), a.itemSeed(), a.statement());
      if (item.isPresent()) {
        rungs = item.get().rungs();
        misconception = correct ? null : item.get().misconception(a.answer());
      }
    }
    return new AttemptRecord(String.valueOf(a.studentId()), a.skillId(), a.at(), correct, a.hintsUsed(), rungs,
        misconception);
  }

  /** The work checker's diagnoses of written work count as wrong answers showing that misconception. */
  private List<AttemptRecord> writtenWork(Account me, long classId, Instant since) {
    return queries.diagnoses(me.schoolId(), me.id(), classId, since).stream()
        .map(d -> new AttemptRecord(String.valueOf(d.studentId()), "written-work", d.at(), false, 0, 0,
            d.misconception()))
        .toList();
  }

  TeacherDashboardPage build(Chrome chrome, Account me, SchoolClass c, List<Account> students,
      List<Assignment> assignments, Map<Long, Map<String, MasteryLevel>> mastery, Instant now) {
    Map<String, String> names = new TreeMap<>();
    students.forEach(s -> names.put(String.valueOf(s.id()), s.displayName()));
    List<AttemptRecord> records = liveRecords(me, c.id(), students, now);
    List<TutorFlag> flags = queries.flags(me.schoolId(), me.id(), c.id(), now.minus(HISTORY)).stream()
        .map(f -> new TutorFlag(String.valueOf(f.studentId()), f.at(), "a tutor conversation was flagged ("
            + f.intent() + ")"))
        .toList();

    LinkedHashSet<String> skills = new LinkedHashSet<>();
    assignments.forEach(a -> skills.addAll(a.skillIds()));
    List<TeacherDashboardPage.HeatRow> heat = students.stream().map(s -> {
      Map<String, MasteryLevel> m = mastery.getOrDefault(s.id(), Map.of());
      return new TeacherDashboardPage.HeatRow(s.id(), s.displayName(),
          skills.stream().map(k -> cell(m.get(k))).toList());
    }).toList();

    List<TeacherDashboardPage.Help> help = Dashboard.needsHelpNow(records, flags, now, Dashboard.HelpRules.DEFAULT)
        .stream().filter(h -> names.containsKey(h.studentId()))
        .map(h -> new TeacherDashboardPage.Help(Long.parseLong(h.studentId()), names.get(h.studentId()),
            h.reasons().stream().map(TeacherToolsDashboard::reason).toList(), Pages.when(h.lastActivity())))
        .toList();

    List<TeacherDashboardPage.Group> groups = Dashboard.misconceptionGroups(records, now.minus(HISTORY), GROUP_MIN,
            GROUP_MAX, guide).stream()
        .map(g -> new TeacherDashboardPage.Group(g.name(),
            g.studentIds().stream().map(id -> names.getOrDefault(id, "?")).toList(), g.occurrences(), g.miniLesson()))
        .toList();

    List<TeacherDashboardPage.Reliance> reliance = Dashboard.hintReliance(records.stream()
            .filter(r -> !r.skillId().equals("written-work")).toList()).stream()
        .filter(r -> names.containsKey(r.studentId()))
        .map(r -> new TeacherDashboardPage.Reliance(names.get(r.studentId()), r.attempts(),
            (int) Math.round(r.hintedShare() * 100), String.format(java.util.Locale.ROOT, "%.1f", r.hintsPerAttempt()),
            Double.isNaN(r.correctWithoutHints()) ? "no unhinted answers"
                : Math.round(r.correctWithoutHints() * 100) + "%", r.reliant()))
        .toList();

    Map<String, Duration> onTask = Dashboard.timeOnTask(records.stream()
        .filter(r -> !r.skillId().equals("written-work")).toList(), now.minus(Duration.ofDays(7)), now);
    List<TeacherDashboardPage.Time> time = students.stream()
        .map(s -> new TeacherDashboardPage.Time(s.displayName(),
            (int) onTask.getOrDefault(String.valueOf(s.id()), Duration.ZERO).toMinutes()))
        .toList();

    List<TeacherDashboardPage.Progress> progress = new ArrayList<>();
    for (Assignment a : assignments) {
      Map<String, Map<String, Double>> byStudent = new TreeMap<>();
      students.forEach(s -> {
        Map<String, Double> m = new TreeMap<>();
        mastery.getOrDefault(s.id(), Map.of()).forEach((k, v) -> m.put(k, v.pMastery()));
        byStudent.put(String.valueOf(s.id()), m);
      });
      progress.add(new TeacherDashboardPage.Progress(a.title(), (int) Math.round(a.targetMastery() * 100),
          Dashboard.progressToTarget(byStudent, a.skillIds(), a.targetMastery()).stream()
              .map(p -> new TeacherDashboardPage.ProgressRow(names.get(p.studentId()), p.skillsAtTarget(),
                  p.skills()))
              .toList()));
    }
    return new TeacherDashboardPage(chrome, c.id(), c.name(), Pages.when(now) + " UTC",
        skills.stream().map(PracticeViews::title).toList(), heat, help, groups, reliance, time, progress);
  }

  /** Bands as docs/TEACHER.md suggests: not started, below 60 %, below 80 %, 80 % and up. */
  static Cell cell(MasteryLevel level) {
    if (level == null) {
      return new Cell("m-none", "not started");
    }
    int p = (int) Math.round(level.pMastery() * 100);
    if (p >= 80) {
      return new Cell("m-high", p + "% mastered");
    }
    return p >= 60 ? new Cell("m-mid", p + "% nearly there") : new Cell("m-low", p + "% learning");
  }

  private static String reason(HelpAlert.Reason r) {
    return switch (r) {
      case HelpAlert.RepeatedErrors e -> e.wrongInARow() + " wrong in a row on " + PracticeViews.title(e.skillId());
      case HelpAlert.HintsExhausted e -> "used every hint on " + e.items() + (e.items() == 1 ? " item" : " items")
          + " of " + PracticeViews.title(e.skillId()) + " without a right answer since";
      case HelpAlert.FlaggedExchange e -> e.reason();
    };
  }
}
