package org.stepwise.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Attempt;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.Verdict;
import org.stepwise.content.Course;
import org.stepwise.math.MathEngine;
import org.stepwise.store.DrilldownQueries;
import org.stepwise.store.DrilldownQueries.ItemKey;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.TutorExchangeRepository;
import org.stepwise.store.TutorExchangeRepository.StoredExchange;
import org.stepwise.store.WorkCheckRepository;
import org.stepwise.store.WorkCheckRepository.StoredWorkCheck;
import org.stepwise.web.pages.SkillBar;
import org.stepwise.web.pages.StudentPage;
import org.stepwise.web.pages.StudentPage.AttemptLine;
import org.stepwise.web.pages.StudentPage.MathPiece;
import org.stepwise.web.pages.StudentPage.TutorGroup;
import org.stepwise.web.pages.StudentPage.TutorRow;
import org.stepwise.web.pages.StudentPage.WorkLine;
import org.stepwise.work.Misconception;
import org.stepwise.work.MisconceptionLibrary;

/**
 * {@code /teacher/students/{id}}: the page a teacher opens to understand one child. Who may open it is decided by
 * {@link Access#student} (a teacher: students of their classes; an admin: their school); every query below is
 * scoped by the caller's school and that student.
 */
final class StudentDrilldown {
  /** The mastery goal drawn on the bars and charts (as on the class pages). */
  private static final double TARGET = 0.8;
  /** Bounds on what one page reads; each is far above what a teacher reads at once. */
  static final int MAX_WORK_CHECKS = 50;
  static final int MAX_TUTOR_ROWS = 200;
  static final int MAX_MASTERY_POINTS = 5_000;

  private final Course course;
  private final DrilldownQueries queries;
  private final WorkCheckRepository workChecks;
  private final TutorExchangeRepository exchanges;
  private final MasteryRepository mastery;
  private final Access access;
  private final Pages pages;
  private final TeacherToolsItems items;
  private final MisconceptionLibrary misconceptions = MisconceptionLibrary.bundled();
  private final StatementMath math = new StatementMath(MathEngine.standard());
  private final ObjectMapper json = new ObjectMapper();

  StudentDrilldown(Course course, TeacherToolsItems items, DrilldownQueries queries, WorkCheckRepository workChecks,
      TutorExchangeRepository exchanges, MasteryRepository mastery, Access access, Pages pages) {
    this.course = course;
    this.queries = queries;
    this.workChecks = workChecks;
    this.exchanges = exchanges;
    this.mastery = mastery;
    this.access = access;
    this.pages = pages;
    this.items = items;
  }

  void render(Context ctx, long studentId) {
    Account me = Guard.account(ctx);
    // who first: a caller who may not see this student learns nothing from the parameters' checks
    Account student = access.student(me, studentId);
    DrilldownParams params = DrilldownParams.of(ctx, this::knownSkill);
    DrilldownQueries.Filter filter = params.filter();
    long school = me.schoolId();

    List<SkillBar> bars = mastery.latestOfStudent(school, student.id()).values().stream()
        .filter(l -> params.skill() == null || l.skillId().equals(params.skill()))
        .sorted(Comparator.comparing(MasteryLevel::skillId))
        .map(l -> PracticeViews.bar(l.skillId(), l, TARGET, false))
        .toList();
    var charts = MasteryCharts.of(queries.masteryHistory(school, student.id(), filter, MAX_MASTERY_POINTS), TARGET,
        this::title);

    long total = queries.countAttempts(school, student.id(), filter);
    List<Attempt> attempts = queries.attempts(school, student.id(), filter, params.offset(), params.size());
    List<AttemptLine> lines = attemptLines(school, student.id(), attempts);
    String base = "/teacher/students/" + student.id();
    var paging = new StudentPage.Paging(attempts.isEmpty() ? 0 : params.offset() + 1,
        params.offset() + attempts.size(), total,
        params.page() > 1 ? base + params.query(params.page() - 1) : null,
        params.offset() + attempts.size() < total && params.page() < DrilldownParams.MAX_PAGE
            ? base + params.query(params.page() + 1) : null);

    // written work has no skill: a skill filter leaves it out rather than showing work of any skill
    List<StudentPage.WorkCheck> work = params.skill() != null ? List.of()
        : workChecks.ofStudent(school, student.id(), filter.from(), filter.to(), MAX_WORK_CHECKS).stream()
            .map(this::workCheck).toList();

    List<StoredExchange> stored = exchanges.ofStudentFiltered(school, student.id(), params.skill(), filter.from(),
        filter.to(), MAX_TUTOR_ROWS);
    List<TutorRow> flagged = stored.stream().filter(StoredExchange::flagged).map(this::tutorRow).toList();

    var skills = queries.skills(school, student.id()).stream()
        .map(id -> new StudentPage.Option(id, title(id), id.equals(params.skill()))).toList();
    var form = new StudentPage.Filter(params.skill() == null ? "" : params.skill(),
        params.from() == null ? "" : params.from().toString(), params.to() == null ? "" : params.to().toString(),
        params.size(), skills);
    pages.render(ctx, "student_page.jte", new StudentPage(Pages.chrome(student.displayName(), Guard.session(ctx)),
        student.id(), student.displayName(), student.username(), bars, form, charts, lines, paging, work,
        params.skill() != null, flagged, groups(school, student.id(), stored)));
  }

  private List<AttemptLine> attemptLines(long school, long studentId, List<Attempt> attempts) {
    List<ItemKey> keys = attempts.stream().map(a -> new ItemKey(a.skillId(), a.itemSeed())).distinct().toList();
    Map<ItemKey, List<Integer>> rungs = queries.hintRungs(school, studentId, keys);
    List<AttemptLine> out = new ArrayList<>();
    for (Attempt a : attempts) {
      List<Integer> taken = rungs.getOrDefault(new ItemKey(a.skillId(), a.itemSeed()), List.of());
      boolean needItem = a.verdict() == Verdict.INCORRECT || !taken.isEmpty();
      // the item (regenerated from skill and seed, recognised by its statement) knows its hint ladder and its
      // typical wrong answers; items the course no longer generates simply show neither
      Optional<TeacherToolsItems.Known> item = needItem ? items.find(a.skillId(), a.itemSeed(), a.statement())
          : Optional.empty();
      String label = a.verdict() == Verdict.INCORRECT ? item.map(k -> k.misconception(a.answer())).orElse(null)
          : null;
      out.add(new AttemptLine(Pages.when(a.createdAt()), title(a.skillId()), a.statement(), pieces(a.statement()),
          a.answer(), a.verdict().dbName(), a.feedback(), a.hintsUsed(), rungText(taken, item),
          label == null ? null : misconceptionName(label)));
    }
    return out;
  }

  /** "1, 2, 3 (worked example)": the last rung of the ladder is the worked example of a similar problem. */
  private static String rungText(List<Integer> taken, Optional<TeacherToolsItems.Known> item) {
    if (taken.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (int rung : taken) {
      s.append(s.isEmpty() ? "" : ", ").append(rung);
    }
    if (item.isPresent() && taken.getLast() == item.get().rungs()) {
      s.append(" (worked example)");
    }
    return s.toString();
  }

  private StudentPage.WorkCheck workCheck(StoredWorkCheck c) {
    List<String> texts = lines(c.linesJson());
    Integer first = c.firstErrorStep();
    List<WorkLine> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      // the checker finds the first line that does not follow; it does not judge the lines after it
      String mark = first == null || i < first ? "ok" : i == first ? "wrong" : "unchecked";
      lines.add(new WorkLine(i + 1, texts.get(i), pieces(texts.get(i)), mark));
    }
    Optional<Misconception> m = c.misconception() == null ? Optional.empty()
        : misconceptions.byLabel(c.misconception());
    String name = c.misconception() == null ? null : m.map(Misconception::name).orElse(humane(c.misconception()));
    return new StudentPage.WorkCheck(Pages.when(c.at()), c.problem(), pieces(c.problem()), lines,
        first == null ? null : first + 1, name, m.map(Misconception::description).orElse(null), c.feedback());
  }

  private List<String> lines(String linesJson) {
    try {
      List<String> lines = json.readValue(linesJson, new TypeReference<List<String>>() {});
      return lines == null ? List.of() : lines;
    } catch (java.io.IOException | RuntimeException e) {
      // stored by this application as a JSON array; should one be unreadable, show it as it is
      return List.of(linesJson);
    }
  }

  /**
   * Conversations by problem: problems with a flagged exchange first, then the most recently discussed; within a
   * problem, in the order they were said.
   */
  private List<TutorGroup> groups(long school, long studentId, List<StoredExchange> stored) {
    Map<ItemKey, List<StoredExchange>> byItem = new LinkedHashMap<>();
    stored.stream().sorted(Comparator.comparing(StoredExchange::at).reversed())
        .forEach(e -> byItem.computeIfAbsent(new ItemKey(e.skillId(), e.itemSeed()),
            k -> new ArrayList<>()).add(e));
    Map<ItemKey, String> statements = queries.statements(school, studentId, List.copyOf(byItem.keySet()));
    List<TutorGroup> out = new ArrayList<>();
    byItem.forEach((key, list) -> {
      List<TutorRow> rows = list.reversed().stream().map(this::tutorRow).toList();
      out.add(new TutorGroup(title(key.skillId()), statements.get(key), rows,
          list.stream().anyMatch(StoredExchange::flagged)));
    });
    out.sort(Comparator.comparing(TutorGroup::flagged).reversed()); // stable: recency stays within each half
    return out;
  }

  private TutorRow tutorRow(StoredExchange e) {
    return new TutorRow(Pages.when(e.at()), title(e.skillId()), e.message(), e.reply(), e.intent(), e.flagged());
  }

  private List<MathPiece> pieces(String text) {
    if (text == null || text.length() > 500) {
      return List.of(new MathPiece(text == null ? "" : text, null));
    }
    return math.of(text).stream().map(s -> new MathPiece(s.text(), s.latex())).toList();
  }

  private String misconceptionName(String label) {
    return misconceptions.byLabel(label).map(Misconception::name).orElse(humane(label));
  }

  private static String humane(String label) {
    String s = label.replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private String title(String skillId) {
    if (skillId == null) {
      return "Other";
    }
    return course.skills().skill(skillId).map(s -> s.name()).orElseGet(() -> PracticeViews.title(skillId));
  }

  private boolean knownSkill(String skillId) {
    return course.skills().skill(skillId).isPresent()
        || org.stepwise.classroom.DemoSchool.skillTitle(skillId).isPresent();
  }
}
