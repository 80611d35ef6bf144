package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.content.Course;
import org.stepwise.math.MathEngine;
import org.stepwise.mastery.BktParams;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.Database;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.TeacherQueries;
import org.stepwise.store.UserRepository;
import org.stepwise.teacher.dashboard.AttemptRecord;
import org.stepwise.teacher.dashboard.Dashboard;
import org.stepwise.teacher.export.Gradebook;
import org.stepwise.teacher.export.GradebookCsv;
import org.stepwise.teacher.export.ParentNote;
import org.stepwise.teacher.export.StudentProgress;
import org.stepwise.teacher.quiz.Difficulty;
import org.stepwise.teacher.quiz.QtiPackage;
import org.stepwise.teacher.quiz.QuizGenerator;
import org.stepwise.teacher.quiz.QuizPdf;
import org.stepwise.teacher.quiz.QuizSpec;
import org.stepwise.teacher.quiz.QuizVariant;
import org.stepwise.teacher.text.MisconceptionGuide;
import org.stepwise.web.pages.TeacherDashboardPage;
import org.stepwise.web.pages.TeacherNotePage;
import org.stepwise.web.pages.TeacherQuizPage;

/**
 * The teacher's tools for one class (issue 7): the live dashboard, printable and QTI quizzes, the gradebook CSV and
 * parent notes (lesson plans and text leveling are in {@link TeacherToolsLessons}, roster import in
 * {@link TeacherToolsRoster}). Teachers only, and only for classes they own: the class is looked up in the caller's school and
 * must be theirs (404 otherwise), and every query below is scoped to that class again in SQL.
 */
final class TeacherToolsRoutes {
  private final UserRepository users;
  private final AssignmentRepository assignments;
  private final MasteryRepository mastery;
  private final TeacherQueries queries;
  private final Course course;
  private final Access access;
  private final Pages pages;
  private final Clock clock;
  private final MisconceptionGuide guide = MisconceptionGuide.bundled();
  private final TeacherToolsDashboard dashboard;
  private final QuizGenerator quizzes;
  private final TeacherToolsLessons lessons;
  private final TeacherToolsRoster roster;

  TeacherToolsRoutes(Database db, Course course, TeacherToolsItems items, Access access, Pages pages, Clock clock) {
    this.users = new UserRepository(db.jdbi());
    this.assignments = new AssignmentRepository(db.jdbi());
    this.mastery = new MasteryRepository(db.jdbi());
    this.queries = new TeacherQueries(db.jdbi());
    this.course = course;
    this.access = access;
    this.pages = pages;
    this.clock = clock;
    this.dashboard = new TeacherToolsDashboard(queries, items, guide);
    this.quizzes = new QuizGenerator(course, MathEngine.standard());
    this.lessons = new TeacherToolsLessons(db, course, access, pages, clock, dashboard, guide);
    this.roster = new TeacherToolsRoster(db, pages, clock);
  }

  void register(RoutesConfig routes) {
    routes.get("/teacher/classes/{id}/dashboard", ctx -> dashboard(ctx, "teacher_dashboard.jte"));
    routes.get("/teacher/classes/{id}/dashboard/live", ctx -> dashboard(ctx, "teacher_dashboard_live.jte"));
    routes.get("/teacher/classes/{id}/quiz", this::quizForm);
    routes.post("/teacher/classes/{id}/quiz", this::quiz);
    routes.get("/teacher/classes/{id}/gradebook.csv", this::gradebook);
    routes.get("/teacher/classes/{id}/students/{student}/parent-note", this::parentNote);
    lessons.register(routes);
    roster.register(routes);
  }

  /** The class, when the caller is a teacher who owns it; school admins use the school pages instead. */
  private SchoolClass ownClass(Context ctx) {
    return access.ownClass(Guard.account(ctx), PathIds.id(ctx),
        "The teacher's tools are for a class's own teacher.");
  }

  private void dashboard(Context ctx, String template) {
    SchoolClass c = ownClass(ctx);
    Account me = Guard.account(ctx);
    List<Account> students = users.studentsOfClass(me.schoolId(), c.id());
    var levels = mastery.latestOfStudents(me.schoolId(), students.stream().map(Account::id).toList());
    TeacherDashboardPage page = dashboard.build(Pages.chrome("Live: " + c.name(), Guard.session(ctx)), me, c,
        students, assignments.ofClass(me.schoolId(), c.id()), levels, clock.instant());
    ctx.header("Cache-Control", "no-store");
    pages.render(ctx, template, page);
  }

  // ---- quiz -------------------------------------------------------------------------------------------------

  private void quizForm(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Set<String> assigned = assignedSkills(Guard.account(ctx), c);
    pages.render(ctx, "teacher_quiz.jte", quizPage(ctx, c, "Quiz", 10, "MIXED", assigned, null));
  }

  private void quiz(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Account me = Guard.account(ctx);
    String title = Optional.ofNullable(ctx.formParam("title")).orElse("").strip();
    String difficultyName = Optional.ofNullable(ctx.formParam("difficulty")).orElse("");
    List<String> chosen = ctx.formParams("skill").stream().distinct().toList();
    String countText = Optional.ofNullable(ctx.formParam("count")).orElse("");
    int count;
    Difficulty difficulty;
    QuizSpec spec;
    try {
      count = Integer.parseInt(countText.strip());
    } catch (NumberFormatException e) {
      count = 0;
    }
    try {
      difficulty = Difficulty.valueOf(difficultyName);
    } catch (IllegalArgumentException e) {
      difficulty = null;
    }
    try {
      for (String skill : chosen) {
        if (course.templatesOf(skill).isEmpty()) {
          throw new IllegalArgumentException("skills: '" + skill + "' is not a skill of the course");
        }
      }
      spec = new QuizSpec(quizId(c.id(), title, chosen, count, difficultyName), title, chosen, count, difficulty);
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      pages.render(ctx, "teacher_quiz.jte", quizPage(ctx, c, title, Math.max(1, Math.min(count, 40)),
          difficulty == null ? "MIXED" : difficulty.name(), Set.copyOf(chosen), e.getMessage()));
      return;
    }
    String file = fileName(c.name() + " " + title);
    try {
      if ("qti".equals(ctx.formParam("format"))) {
        // One package for online delivery; the player (or Stepwise) shows every student the same items.
        QuizVariant v = quizzes.forStudent(spec, "class-" + c.id(), "");
        download(ctx, "application/zip", file + "-qti.zip", new QtiPackage().write(v));
      } else {
        List<Account> students = users.studentsOfClass(me.schoolId(), c.id());
        List<QuizVariant> variants = new ArrayList<>();
        if (students.isEmpty()) {
          variants.add(quizzes.forStudent(spec, "class-" + c.id(), ""));
        }
        for (Account s : students) {
          variants.add(quizzes.forStudent(spec, String.valueOf(s.id()), s.displayName()));
        }
        download(ctx, "application/pdf", file + ".pdf", new QuizPdf().render(variants));
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      // e.g. no template of a chosen skill at the chosen difficulty
      ctx.status(400);
      pages.render(ctx, "teacher_quiz.jte", quizPage(ctx, c, title, count, difficulty.name(), Set.copyOf(chosen),
          "The quiz could not be made: " + e.getMessage()));
    }
  }

  private TeacherQuizPage quizPage(Context ctx, SchoolClass c, String title, int count, String difficulty,
      Set<String> chosen, String error) {
    List<TeacherQuizPage.SkillChoice> skills = course.skills().topologicalOrder().stream()
        .filter(k -> !course.templatesOf(k).isEmpty())
        .map(k -> new TeacherQuizPage.SkillChoice(k, skillTitle(k), chosen.contains(k)))
        .toList();
    return new TeacherQuizPage(Pages.chrome("Quiz: " + c.name(), Guard.session(ctx)), c.id(), c.name(), title,
        count, difficulty, skills, error);
  }

  /** Stable for the same request, so printing again gives every student the same paper. */
  private static String quizId(long classId, String title, List<String> skills, int count, String difficulty) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest((classId + "\n" + title + "\n" + String.join(",", skills)
          + "\n" + count + "\n" + difficulty).getBytes(StandardCharsets.UTF_8));
      return "class-" + classId + "-" + HexFormat.of().formatHex(h, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- gradebook and parent notes ---------------------------------------------------------------------------

  private void gradebook(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Account me = Guard.account(ctx);
    List<Account> students = users.studentsOfClass(me.schoolId(), c.id());
    Set<String> skills = assignedSkills(me, c);
    Map<Long, Map<String, MasteryLevel>> levels = mastery.latestOfStudents(me.schoolId(),
        students.stream().map(Account::id).toList());
    List<Gradebook.Column> columns = skills.stream().map(k -> new Gradebook.Column(k, skillTitle(k))).toList();
    List<Gradebook.Row> rows = students.stream().map(s -> {
      Map<String, Double> scores = new TreeMap<>();
      levels.getOrDefault(s.id(), Map.of()).forEach((k, v) -> {
        if (skills.contains(k) && v.attempts() > 0) {
          scores.put(k, v.pMastery());
        }
      });
      String[] name = splitName(s.displayName());
      return new Gradebook.Row(String.valueOf(s.id()), name[1], name[0], scores);
    }).toList();
    download(ctx, "text/csv; charset=utf-8", fileName(c.name()) + "-gradebook.csv",
        new GradebookCsv().write(new Gradebook(c.name(), columns, rows)));
  }

  private void parentNote(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Account me = Guard.account(ctx);
    long studentId = PathIds.of(ctx, "student");
    Account student = users.studentsOfClass(me.schoolId(), c.id()).stream().filter(s -> s.id() == studentId)
        .findFirst().orElseThrow(HttpFailure::notFound);
    Instant now = clock.instant();
    Instant since = now.minus(TeacherToolsDashboard.HISTORY);
    List<AttemptRecord> records = dashboard.records(me, c.id(), since).stream()
        .filter(r -> r.studentId().equals(String.valueOf(studentId))).toList();
    List<AttemptRecord> answers = records.stream().filter(r -> !r.skillId().equals("written-work")).toList();
    int days = (int) answers.stream().map(r -> LocalDate.ofInstant(r.at(), ZoneOffset.UTC)).distinct().count();
    int minutes = (int) Dashboard.timeOnTask(answers, since, now)
        .getOrDefault(String.valueOf(studentId), Duration.ZERO).toMinutes();
    Set<String> practised = new LinkedHashSet<>();
    answers.forEach(r -> practised.add(r.skillId()));
    List<StudentProgress.SkillProgress> skills = new ArrayList<>();
    Map<String, Double> nowLevels = new TreeMap<>();
    for (TeacherQueries.MasteryChange m : queries.masteryChanges(me.schoolId(), me.id(), c.id(), since)) {
      if (m.studentId() != studentId) {
        continue;
      }
      nowLevels.put(m.skillId(), m.now());
      if (practised.contains(m.skillId())) {
        double before = Double.isNaN(m.before()) ? BktParams.DEFAULT.pInit() : m.before();
        skills.add(new StudentProgress.SkillProgress(skillTitle(m.skillId()), before, m.now()));
      }
    }
    List<Assignment> list = assignments.ofClass(me.schoolId(), c.id());
    int completed = (int) list.stream().filter(a -> a.skillIds().stream()
        .allMatch(k -> nowLevels.getOrDefault(k, 0.0) >= a.targetMastery())).count();
    Map<String, Integer> labels = new TreeMap<>();
    records.stream().filter(r -> r.misconception() != null).forEach(r -> labels.merge(r.misconception(), 1,
        Integer::sum));
    Optional<String> most = labels.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    String given = splitName(student.displayName())[0];
    String note = new ParentNote(guide).draft(new StudentProgress(given, "in the last two weeks", days, minutes,
        answers.size(), completed, list.size(), skills, most));
    pages.render(ctx, "teacher_parent_note.jte", new TeacherNotePage(
        Pages.chrome("Note for " + student.displayName(), Guard.session(ctx)), c.id(), c.name(),
        student.displayName(), List.of(note.strip().split("\\n\\s*\\n"))));
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private Set<String> assignedSkills(Account me, SchoolClass c) {
    Set<String> out = new LinkedHashSet<>();
    assignments.ofClass(me.schoolId(), c.id()).forEach(a -> out.addAll(a.skillIds()));
    return out;
  }

  private String skillTitle(String skillId) {
    return course.skills().skill(skillId).map(s -> s.name()).orElseGet(() -> PracticeViews.title(skillId));
  }

  /** Given name and family name from a display name: the last word is the family name when there are two or more. */
  static String[] splitName(String displayName) {
    String name = displayName.strip();
    int space = name.lastIndexOf(' ');
    return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space), name.substring(space + 1)};
  }

  /** A file name with letters, digits and dashes only (no header injection, no path). */
  static String fileName(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "stepwise" : s.length() > 60 ? s.substring(0, 60) : s;
  }

  private static void download(Context ctx, String type, String file, byte[] bytes) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(type).result(bytes);
  }
}
