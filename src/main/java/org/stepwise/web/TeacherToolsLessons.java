package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.content.Course;
import org.stepwise.math.MathEngine;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.Database;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.UserRepository;
import org.stepwise.teacher.dashboard.AttemptRecord;
import org.stepwise.teacher.leveling.Readability;
import org.stepwise.teacher.lesson.ClassSnapshot;
import org.stepwise.teacher.lesson.LessonPlan;
import org.stepwise.teacher.lesson.LessonPlanner;
import org.stepwise.teacher.lesson.Polisher;
import org.stepwise.teacher.quiz.QuizPdf;
import org.stepwise.teacher.text.MisconceptionGuide;
import org.stepwise.web.pages.TeacherLessonPage;
import org.stepwise.web.pages.TeacherLevelingPage;
import org.stepwise.web.pages.TeacherQuizPage;

/**
 * Lesson plan and exit ticket for a skill from the class's own data, and the text leveling page. No model is
 * configured in the web app yet, so plans use the embedded wording ({@link Polisher#IDENTITY}) and leveling measures
 * without rewriting.
 */
final class TeacherToolsLessons {
  /** Below the server's 64 KiB request limit (a character may take several bytes), and below the library's own. */
  static final int MAX_TEXT = 20_000;

  private final UserRepository users;
  private final AssignmentRepository assignments;
  private final MasteryRepository mastery;
  private final Course course;
  private final Access access;
  private final Pages pages;
  private final Clock clock;
  private final TeacherToolsDashboard dashboard;
  private final LessonPlanner planner;
  private final Readability readability = new Readability();

  TeacherToolsLessons(Database db, Course course, Access access, Pages pages, Clock clock,
      TeacherToolsDashboard dashboard, MisconceptionGuide guide) {
    this.users = new UserRepository(db.jdbi());
    this.assignments = new AssignmentRepository(db.jdbi());
    this.mastery = new MasteryRepository(db.jdbi());
    this.course = course;
    this.access = access;
    this.pages = pages;
    this.clock = clock;
    this.dashboard = dashboard;
    this.planner = new LessonPlanner(course, MathEngine.standard(), guide, Polisher.IDENTITY);
  }

  void register(RoutesConfig routes) {
    routes.get("/teacher/classes/{id}/lesson", this::lesson);
    routes.get("/teacher/classes/{id}/lesson/exit-ticket.pdf", this::exitTicket);
    routes.get("/teacher/leveling", this::levelingForm);
    routes.post("/teacher/leveling", this::level);
  }

  private static Account teacher(Context ctx) {
    Account me = Guard.account(ctx);
    if (me.role() != Role.TEACHER) {
      throw HttpFailure.forbidden("The teacher's tools are for a class's own teacher.");
    }
    return me;
  }

  private void lesson(Context ctx) {
    Account me = teacher(ctx);
    SchoolClass c = access.schoolClass(me, PathIds.id(ctx));
    String skill = ctx.queryParam("skill");
    List<TeacherQuizPage.SkillChoice> skills = skillChoices(me, c, skill);
    if (skill == null || skill.isBlank()) {
      pages.render(ctx, "teacher_lesson.jte", new TeacherLessonPage(Pages.chrome("Lesson plan: " + c.name(),
          Guard.session(ctx)), c.id(), c.name(), skills, null, null, null));
      return;
    }
    try {
      Planned p = plan(me, c, skill);
      pages.render(ctx, "teacher_lesson.jte", new TeacherLessonPage(Pages.chrome("Lesson plan: " + c.name(),
          Guard.session(ctx)), c.id(), c.name(), skills, p.plan(), p.words(), null));
    } catch (IllegalArgumentException e) {
      ctx.status(400);
      pages.render(ctx, "teacher_lesson.jte", new TeacherLessonPage(Pages.chrome("Lesson plan: " + c.name(),
          Guard.session(ctx)), c.id(), c.name(), skills, null, null, e.getMessage()));
    }
  }

  private void exitTicket(Context ctx) {
    Account me = teacher(ctx);
    SchoolClass c = access.schoolClass(me, PathIds.id(ctx));
    String skill = ctx.queryParam("skill");
    if (skill == null || course.skills().skill(skill).isEmpty()) {
      throw HttpFailure.badRequest("Choose a skill of the course for the exit ticket.");
    }
    LessonPlan plan = plan(me, c, skill).plan();
    byte[] pdf = new QuizPdf().render(List.of(plan.exitTicketPaper("EXIT")));
    ctx.header("Content-Disposition", "attachment; filename=\"exit-ticket-"
        + TeacherToolsRoutes.fileName(skill) + ".pdf\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/pdf").result(pdf);
  }

  private record Planned(LessonPlan plan, String words) {}

  /** The class's misconceptions on this skill (two weeks) and its mastery bands, as docs/TEACHER.md suggests. */
  private Planned plan(Account me, SchoolClass c, String skill) {
    Map<String, Integer> counts = new TreeMap<>();
    for (AttemptRecord r : dashboard.records(me, c.id(), clock.instant().minus(TeacherToolsDashboard.HISTORY))) {
      if (r.misconception() != null && r.skillId().equals(skill)) {
        counts.merge(r.misconception(), 1, Integer::sum);
      }
    }
    List<Account> students = users.studentsOfClass(me.schoolId(), c.id());
    Map<Long, Map<String, MasteryLevel>> levels = mastery.latestOfStudents(me.schoolId(),
        students.stream().map(Account::id).toList());
    int none = 0;
    int learning = 0;
    int nearly = 0;
    int mastered = 0;
    for (Account s : students) {
      MasteryLevel l = levels.getOrDefault(s.id(), Map.of()).get(skill);
      if (l == null || l.attempts() == 0) {
        none++;
      } else if (l.pMastery() < 0.6) {
        learning++;
      } else if (l.pMastery() < 0.8) {
        nearly++;
      } else {
        mastered++;
      }
    }
    // Same plan all day for the same class and skill, a fresh one tomorrow.
    long seed = (c.id() + "|" + skill + "|" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .hashCode() & 0x7fffffffL;
    LessonPlan plan = planner.plan(skill, new ClassSnapshot(counts,
        new ClassSnapshot.MasteryDistribution(none, learning, nearly, mastered)), seed);
    String words = none + " not started, " + learning + " learning, " + nearly + " nearly there, " + mastered
        + " mastered";
    return new Planned(plan, words);
  }

  private List<TeacherQuizPage.SkillChoice> skillChoices(Account me, SchoolClass c, String chosen) {
    java.util.Set<String> assigned = new java.util.LinkedHashSet<>();
    assignments.ofClass(me.schoolId(), c.id()).forEach(a -> assigned.addAll(a.skillIds()));
    return course.skills().topologicalOrder().stream()
        .filter(k -> !course.templatesOf(k).isEmpty())
        .map(k -> new TeacherQuizPage.SkillChoice(k, course.skills().skill(k).map(s -> s.name()).orElse(k)
            + (assigned.contains(k) ? " (assigned)" : ""), k.equals(chosen)))
        .toList();
  }

  private void levelingForm(Context ctx) {
    teacher(ctx);
    pages.render(ctx, "teacher_leveling.jte", new TeacherLevelingPage(Pages.chrome("Text leveling",
        Guard.session(ctx)), "", MAX_TEXT, null, null));
  }

  private void level(Context ctx) {
    teacher(ctx);
    String text = ctx.formParam("text");
    text = text == null ? "" : text;
    String error = null;
    org.stepwise.teacher.leveling.ReadabilityReport report = null;
    if (text.length() > MAX_TEXT) {
      error = "That text is " + text.length() + " characters; this page measures at most " + MAX_TEXT
          + " at once. Measure it in parts.";
    } else {
      try {
        report = readability.measure(text);
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
      }
    }
    if (error != null) {
      ctx.status(400);
    }
    // the text comes back in the form either way, so nothing the teacher pasted is lost
    pages.render(ctx, "teacher_leveling.jte", new TeacherLevelingPage(Pages.chrome("Text leveling",
        Guard.session(ctx)), text, MAX_TEXT, report, error));
  }
}
