package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.stepwise.classroom.Assignment;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.content.Course;
import org.stepwise.content.Skill;
import org.stepwise.content.SkillSearch;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.Database;
import org.stepwise.web.pages.AssignmentFormPage;

/**
 * A teacher sets, changes and removes the assignments of their own class (issue 7): skills found by standard id, skill
 * id or name, an optional due date and a target mastery. Students of the class see them on their home page.
 *
 * <p>Only the class's own teacher: a school admin may look at the class but does not set its work (403), another
 * teacher's class is not found (404), and every statement is scoped to the class and the caller's school again in
 * SQL.
 *
 * <p>Deleting really deletes the assignment (and its skill list) rather than archiving it: attempts and mastery
 * estimates are stored per student and skill, never per assignment, so no student work is lost, and an archive
 * would need a schema change for a state nobody asked to see.
 */
final class TeacherAssignmentRoutes {
  static final int MAX_TITLE = 120;
  static final int MAX_QUERY = 200;
  static final int MAX_SKILLS = 20;
  static final int MAX_RESULTS = 40;
  /** Skill fields in one request: the chosen ones plus ticked results; more did not come from this form. */
  static final int MAX_SKILL_FIELDS = 100;
  static final int MIN_TARGET = 50;
  static final int MAX_TARGET = 100;
  static final int DEFAULT_TARGET = 80;
  static final int MAX_DAYS_AHEAD = 400;

  private final AssignmentRepository assignments;
  private final Course course;
  private final Access access;
  private final Pages pages;
  private final Clock clock;

  TeacherAssignmentRoutes(Database db, Course course, Access access, Pages pages, Clock clock) {
    this.assignments = new AssignmentRepository(db.jdbi());
    this.course = course;
    this.access = access;
    this.pages = pages;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/teacher/classes/{id}/assignments/new", this::newForm);
    routes.post("/teacher/classes/{id}/assignments", this::create);
    routes.get("/teacher/classes/{id}/assignments/{assignment}/edit", this::editForm);
    routes.post("/teacher/classes/{id}/assignments/{assignment}", this::update);
    routes.post("/teacher/classes/{id}/assignments/{assignment}/delete", this::delete);
  }

  /** What the form holds, as sent (GET for a search, POST to save); nothing here is checked yet. */
  record Draft(String title, String due, String target, String query, List<String> skills) {
    static Draft read(Function<String, List<String>> params) {
      List<String> skills = params.apply("skill");
      if (skills.size() > MAX_SKILL_FIELDS) {
        throw HttpFailure.badRequest("This form sent " + skills.size() + " skills; an assignment has at most "
            + MAX_SKILLS + ".");
      }
      return new Draft(first(params, "title"), first(params, "due"), first(params, "target"),
          first(params, "q"), skills.stream().map(String::strip).distinct().toList());
    }

    private static String first(Function<String, List<String>> params, String name) {
      List<String> values = params.apply(name);
      return values.isEmpty() ? "" : values.get(0).strip();
    }
  }

  /** A draft that passed every check. */
  record Valid(String title, LocalDate due, double target, List<String> skills) {}

  private void newForm(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Draft d = Draft.read(ctx::queryParams);
    if (ctx.queryParam("title") == null) {
      d = new Draft("", "", String.valueOf(DEFAULT_TARGET), d.query(), d.skills());
    }
    form(ctx, c, 0, null, d, List.of());
  }

  private void editForm(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Assignment a = stored(ctx, c);
    Draft d = Draft.read(ctx::queryParams);
    if (ctx.queryParam("title") == null) { // first visit: the stored values; after a search: what was sent
      d = new Draft(a.title(), a.dueDate() == null ? "" : a.dueDate().toString(),
          String.valueOf(Math.round(a.targetMastery() * 100)), d.query(), a.skillIds());
    }
    form(ctx, c, a.id(), a.dueDate(), d, List.of());
  }

  private void create(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Draft d = Draft.read(ctx::formParams);
    List<String> problems = new ArrayList<>();
    Valid v = validate(d, null, problems);
    if (v == null) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, c, 0, null, d, problems);
      return;
    }
    assignments.create(c.id(), v.title(), v.due(), v.target(), v.skills(), clock.instant());
    ctx.redirect("/teacher/classes/" + c.id() + "#assignments", HttpStatus.SEE_OTHER);
  }

  private void update(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Assignment a = stored(ctx, c);
    Draft d = Draft.read(ctx::formParams);
    List<String> problems = new ArrayList<>();
    Valid v = validate(d, a.dueDate(), problems);
    if (v == null) {
      ctx.status(HttpStatus.BAD_REQUEST);
      form(ctx, c, a.id(), a.dueDate(), d, problems);
      return;
    }
    if (!assignments.update(Guard.account(ctx).schoolId(), c.id(), a.id(), v.title(), v.due(), v.target(),
        v.skills())) {
      throw HttpFailure.notFound(); // deleted meanwhile
    }
    ctx.redirect("/teacher/classes/" + c.id() + "#assignments", HttpStatus.SEE_OTHER);
  }

  private void delete(Context ctx) {
    SchoolClass c = ownClass(ctx);
    long id = PathIds.of(ctx, "assignment");
    if (!assignments.delete(Guard.account(ctx).schoolId(), c.id(), id)) {
      throw HttpFailure.notFound();
    }
    ctx.redirect("/teacher/classes/" + c.id() + "#assignments", HttpStatus.SEE_OTHER);
  }

  /**
   * The checked assignment, or null with every problem listed. {@code storedDue} is the due date being edited: it may
   * stay as it is even when it has passed, so that a teacher can fix a title without moving the date.
   */
  private Valid validate(Draft d, LocalDate storedDue, List<String> problems) {
    String title = d.title().replaceAll("\\p{Cntrl}", " ").strip();
    if (title.isEmpty()) {
      problems.add("Title: give the assignment a title.");
    } else if (title.length() > MAX_TITLE) {
      problems.add("Title: at most " + MAX_TITLE + " characters (this one has " + title.length() + ").");
    }
    LocalDate due = null;
    if (!d.due().isEmpty()) {
      try {
        due = d.due().length() == 10 ? LocalDate.parse(d.due()) : null;
      } catch (DateTimeParseException e) {
        due = null;
      }
      if (due == null) {
        problems.add("Due date: write the date as YYYY-MM-DD, for example " + today().plusDays(7) + ".");
      } else if (due.isBefore(earliestDue()) && !due.equals(storedDue)) {
        problems.add("Due date: " + due + " is in the past; choose today or a later day.");
      } else if (due.isAfter(latestDue())) {
        problems.add("Due date: at most " + MAX_DAYS_AHEAD + " days ahead (until " + latestDue() + ").");
      }
    }
    int target = DEFAULT_TARGET;
    if (!d.target().isEmpty()) {
      String text = d.target().endsWith("%") ? d.target().substring(0, d.target().length() - 1).strip() : d.target();
      try {
        target = text.length() > 3 ? -1 : Integer.parseInt(text);
      } catch (NumberFormatException e) {
        target = -1;
      }
      if (target < MIN_TARGET || target > MAX_TARGET) {
        problems.add("Target mastery: a whole percentage from " + MIN_TARGET + " to " + MAX_TARGET + ".");
      }
    }
    List<String> skills = d.skills();
    if (skills.isEmpty()) {
      problems.add("Skills: choose at least one skill (search, tick it, then save).");
    } else if (skills.size() > MAX_SKILLS) {
      problems.add("Skills: at most " + MAX_SKILLS + " in one assignment (" + skills.size() + " chosen).");
    }
    for (String id : skills) {
      String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
      if (course.skills().skill(id).isEmpty()) {
        problems.add("Skills: '" + shown + "' is not a skill of the course.");
      } else if (course.templatesOf(id).isEmpty()) {
        problems.add("Skills: '" + shown + "' has no practice items yet.");
      }
    }
    return problems.isEmpty() ? new Valid(title, due, target / 100.0, skills) : null;
  }

  private void form(Context ctx, SchoolClass c, long assignmentId, LocalDate storedDue, Draft d,
      List<String> problems) {
    List<String> errors = new ArrayList<>(problems);
    String query = d.query();
    List<AssignmentFormPage.SkillChoice> results = List.of();
    if (query.length() > MAX_QUERY) {
      ctx.status(HttpStatus.BAD_REQUEST);
      errors.add("Search: at most " + MAX_QUERY + " characters; search for a standard (6.EE.A.2), a skill id or "
          + "a few words of its name.");
      query = query.substring(0, MAX_QUERY);
    } else {
      Set<String> chosen = Set.copyOf(d.skills());
      results = SkillSearch.find(course.skills(), query, MAX_RESULTS + chosen.size()).stream()
          .filter(s -> !chosen.contains(s.id()) && !course.templatesOf(s.id()).isEmpty())
          .limit(MAX_RESULTS)
          .map(TeacherAssignmentRoutes::choice)
          .toList();
    }
    // only skills of the course can be shown with a name; an unknown id is named in the errors instead
    List<AssignmentFormPage.SkillChoice> chosen = new ArrayList<>();
    for (String id : new LinkedHashSet<>(d.skills())) {
      course.skills().skill(id).ifPresent(s -> chosen.add(choice(s)));
    }
    LocalDate earliest = storedDue != null && storedDue.isBefore(earliestDue()) ? storedDue : earliestDue();
    String heading = (assignmentId > 0 ? "Edit assignment: " : "New assignment: ") + c.name();
    ctx.header("Cache-Control", "no-store");
    pages.render(ctx, "teacher_assignment_form.jte", new AssignmentFormPage(
        Pages.chrome(heading, Guard.session(ctx)), c.id(), c.name(), assignmentId, d.title(), d.due(),
        d.target(), query, !query.isBlank(), chosen, results, errors, earliest.toString(), latestDue().toString(),
        MAX_TITLE, MAX_QUERY, MAX_SKILLS));
  }

  private static AssignmentFormPage.SkillChoice choice(Skill s) {
    return new AssignmentFormPage.SkillChoice(s.id(), s.name(), s.grade(), String.join(", ", s.standards()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /**
   * Yesterday in UTC: the school's time zone is not stored, and a teacher west of UTC in the evening is already on
   * UTC's tomorrow, so their own today must still count as not past.
   */
  private LocalDate earliestDue() {
    return today().minusDays(1);
  }

  private LocalDate latestDue() {
    return today().plusDays(MAX_DAYS_AHEAD);
  }

  /** The class, when the caller is a teacher who owns it. */
  private SchoolClass ownClass(Context ctx) {
    return access.ownClass(Guard.account(ctx), PathIds.id(ctx),
        "Assignments are set by the class's own teacher.");
  }

  private Assignment stored(Context ctx, SchoolClass c) {
    return assignments.find(Guard.account(ctx).schoolId(), c.id(), PathIds.of(ctx, "assignment"))
        .orElseThrow(HttpFailure::notFound);
  }
}
