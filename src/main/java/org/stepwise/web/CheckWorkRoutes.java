package org.stepwise.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.stepwise.classroom.Account;
import org.stepwise.store.WorkCheckRepository;
import org.stepwise.work.StepsVerdict;
import org.stepwise.work.WorkChecker;
import org.stepwise.work.WorkInputException;
import org.stepwise.web.pages.CheckWorkPage;

/** "Check my work": a worksheet problem and the student's lines, checked by the work checker and stored. */
final class CheckWorkRoutes {
  private static final int MAX_LINES_CHARS = 4000;

  private final WorkChecker checker;
  private final WorkCheckRepository checks;
  private final ObjectMapper json;
  private final Pages pages;
  private final Clock clock;

  CheckWorkRoutes(WorkChecker checker, WorkCheckRepository checks, ObjectMapper json, Pages pages, Clock clock) {
    this.checker = checker;
    this.checks = checks;
    this.json = json;
    this.pages = pages;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/student/check-work", ctx -> render(ctx, "", "", null, null, false, null));
    routes.post("/student/check-work", this::check);
  }

  private void check(Context ctx) {
    Account me = Guard.account(ctx);
    String problem = String.valueOf(ctx.formParam("problem") == null ? "" : ctx.formParam("problem")).strip();
    String text = ctx.formParam("lines") == null ? "" : ctx.formParam("lines");
    if (problem.isEmpty() || text.isBlank()) {
      ctx.status(400);
      render(ctx, problem, text, null, null, false, "Type the problem and at least one line of working.");
      return;
    }
    if (problem.length() > 500 || text.length() > MAX_LINES_CHARS) {
      ctx.status(400);
      render(ctx, problem.substring(0, Math.min(problem.length(), 500)), "", null, null, false,
          "That is too long: at most 500 characters of problem and " + MAX_LINES_CHARS + " of working.");
      return;
    }
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    StepsVerdict v;
    try {
      v = checker.check(problem, lines);
    } catch (WorkInputException e) {
      ctx.status(422);
      render(ctx, problem, text, null, null, false, e.getMessage());
      return;
    }
    checks.insert(new WorkCheckRepository.NewWorkCheck(me.schoolId(), me.id(), problem, toJson(lines),
        v.firstErrorStep(), v.misconception(), v.feedback(), clock.instant()));
    render(ctx, problem, text, v.feedback(), v.firstErrorStep(), v.finalCorrect(), null);
  }

  private void render(Context ctx, String problem, String lines, String feedback, Integer first, boolean ok,
      String error) {
    pages.render(ctx, "check_work.jte", new CheckWorkPage(Pages.chrome("Check my work", Guard.session(ctx)),
        problem, lines, feedback, first, ok, error));
  }

  private String toJson(List<String> lines) {
    try {
      return json.writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
