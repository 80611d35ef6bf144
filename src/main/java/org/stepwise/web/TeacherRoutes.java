package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;
import org.stepwise.web.pages.ClassPage;
import org.stepwise.web.pages.ClassSummary;
import org.stepwise.web.pages.StudentSummary;
import org.stepwise.web.pages.TeacherHomePage;

/** Teacher (and school admin) pages: classes with rosters, a class's mastery grid, one student's work. */
final class TeacherRoutes {
  private final SchoolRepository schools;
  private final UserRepository users;
  private final ClassRepository classes;
  private final AssignmentRepository assignments;
  private final AttemptRepository attempts;
  private final MasteryRepository mastery;
  private final Access access;
  private final Pages pages;

  private final StudentDrilldown drilldown;

  TeacherRoutes(SchoolRepository schools, UserRepository users, ClassRepository classes,
      AssignmentRepository assignments, AttemptRepository attempts, MasteryRepository mastery, Access access,
      Pages pages, StudentDrilldown drilldown) {
    this.drilldown = drilldown;
    this.schools = schools;
    this.users = users;
    this.classes = classes;
    this.assignments = assignments;
    this.attempts = attempts;
    this.mastery = mastery;
    this.access = access;
    this.pages = pages;
  }

  void register(RoutesConfig routes) {
    routes.get("/teacher", this::home);
    routes.get("/admin", this::home);
    routes.get("/teacher/classes/{id}", this::classPage);
    routes.get("/teacher/students/{id}", this::studentPage);
  }

  private void home(Context ctx) {
    Account me = Guard.account(ctx);
    boolean admin = me.role() == Role.SCHOOL_ADMIN;
    List<SchoolClass> list = admin ? classes.ofSchool(me.schoolId()) : classes.ofTeacher(me.schoolId(), me.id());
    List<ClassSummary> summaries = list.stream().map(c -> summary(me, c)).toList();
    String school = schools.name(me.schoolId()).orElse("");
    pages.render(ctx, "teacher_home.jte", new TeacherHomePage(
        Pages.chrome(admin ? "School" : "Your classes", Guard.session(ctx)), school, summaries, admin));
  }

  private void classPage(Context ctx) {
    Account me = Guard.account(ctx);
    SchoolClass c = access.schoolClass(me, PathIds.id(ctx));
    ClassSummary summary = summary(me, c);
    List<Assignment> list = assignments.ofClass(me.schoolId(), c.id());
    LinkedHashSet<String> skillIds = new LinkedHashSet<>();
    list.forEach(a -> skillIds.addAll(a.skillIds()));
    List<Long> ids = summary.students().stream().map(StudentSummary::id).toList();
    Map<Long, Map<String, MasteryLevel>> levels = mastery.latestOfStudents(me.schoolId(), ids);
    List<ClassPage.GridRow> grid = new ArrayList<>();
    for (StudentSummary s : summary.students()) {
      Map<String, MasteryLevel> m = levels.getOrDefault(s.id(), Map.of());
      grid.add(new ClassPage.GridRow(s.id(), s.displayName(), skillIds.stream()
          .map(k -> m.containsKey(k) ? (int) Math.round(m.get(k).pMastery() * 100) : -1).toList()));
    }
    var views = PracticeViews.ofClass(list, c, ids, levels);
    pages.render(ctx, "class_page.jte", new ClassPage(Pages.chrome(c.name(), Guard.session(ctx)), summary, views,
        List.copyOf(skillIds), skillIds.stream().map(PracticeViews::title).toList(), grid));
  }

  /** The drill-down into one student (attempts, written work, tutor, mastery over time): see StudentDrilldown. */
  private void studentPage(Context ctx) {
    drilldown.render(ctx, PathIds.id(ctx));
  }

  private ClassSummary summary(Account me, SchoolClass c) {
    List<Account> students = users.studentsOfClass(me.schoolId(), c.id());
    List<Long> ids = students.stream().map(Account::id).toList();
    Map<Long, Map<String, MasteryLevel>> levels = mastery.latestOfStudents(me.schoolId(), ids);
    Map<Long, int[]> stats = attempts.statsOfStudents(me.schoolId(), ids);
    String teacher = users.find(me.schoolId(), c.teacherId()).map(Account::displayName).orElse("");
    List<StudentSummary> rows = students.stream().map(s -> {
      int[] st = stats.getOrDefault(s.id(), new int[2]);
      var m = levels.getOrDefault(s.id(), Map.of()).values();
      int mean = m.isEmpty() ? 0
          : (int) Math.round(m.stream().mapToDouble(MasteryLevel::pMastery).average().orElse(0) * 100);
      return new StudentSummary(s.id(), s.displayName(), s.username(), st[0],
          st[0] == 0 ? 0 : Math.round(100f * st[1] / st[0]), mean);
    }).toList();
    return new ClassSummary(c.id(), c.name(), c.classCode(), teacher, rows, c.archived());
  }
}
