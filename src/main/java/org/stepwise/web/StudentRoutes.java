package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.stepwise.classroom.Account;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.MasteryRepository;
import org.stepwise.web.pages.StudentHomePage;

/** The student's pages. The guard has already checked the role; every query uses the session's own ids. */
final class StudentRoutes {
  private final ClassRepository classes;
  private final AssignmentRepository assignments;
  private final AttemptRepository attempts;
  private final MasteryRepository mastery;
  private final Pages pages;

  StudentRoutes(ClassRepository classes, AssignmentRepository assignments, AttemptRepository attempts,
      MasteryRepository mastery, Pages pages) {
    this.classes = classes;
    this.assignments = assignments;
    this.attempts = attempts;
    this.mastery = mastery;
    this.pages = pages;
  }

  void register(RoutesConfig routes) {
    routes.get("/student", this::home);
  }

  private void home(Context ctx) {
    Account me = Guard.account(ctx);
    var views = PracticeViews.assignments(
        assignments.ofStudent(me.schoolId(), me.id()),
        classes.ofStudent(me.schoolId(), me.id()),
        mastery.latestOfStudent(me.schoolId(), me.id()), true);
    var recent = attempts.recentOfStudent(me.schoolId(), me.id(), 10).stream().map(Pages::row).toList();
    pages.render(ctx, "student_home.jte",
        new StudentHomePage(Pages.chrome("Your practice", Guard.session(ctx)), views, recent));
  }
}
