package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.FirstPasswords;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.SchoolClass;
import org.stepwise.classroom.StudentNames;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.Database;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.StudentAccountsWriter;
import org.stepwise.store.UserRepository;
import org.stepwise.web.pages.AddStudentsPage;
import org.stepwise.web.pages.LoginCardsPage;

/**
 * Class setup for a teacher (issue 7): create a class, add students one at a time or as a pasted list, print login
 * cards, reset a student's password, take a student out of a class, archive and restore a class.
 *
 * <p>Every write is for the class's own teacher only (403 for other roles, 404 for another teacher's class, as
 * {@link Access} decides); school admins may look at the login cards. First and reset passwords are generated here,
 * stored only as bcrypt hashes, and shown once: the POST that makes them answers with the printable cards directly
 * (no redirect), so the plain text never sits in a session, a URL or the database.
 */
final class TeacherClassRoutes {
  static final int MAX_CLASS_NAME = 100;
  static final int MAX_LIST_LINES = AddStudentsPage.MAX_LINES;
  static final int MAX_LIST_BYTES = AddStudentsPage.MAX_KIB * 1024;
  /** Unambiguous capitals and digits (no 0/O, 1/I): 31^6 ≈ 887 million codes. */
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int CODE_LENGTH = 6;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

  private final ClassRepository classes;
  private final UserRepository users;
  private final SchoolRepository schools;
  private final StudentAccountsWriter writer;
  private final Access access;
  private final SessionStore sessions;
  private final Pages pages;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final OnceOnlyForms sentForms = new OnceOnlyForms();
  private final FirstPasswords passwords = new FirstPasswords(random);

  TeacherClassRoutes(Database db, Access access, SessionStore sessions, Pages pages, Clock clock) {
    this.classes = new ClassRepository(db.jdbi());
    this.users = new UserRepository(db.jdbi());
    this.schools = new SchoolRepository(db.jdbi());
    this.writer = new StudentAccountsWriter(db.jdbi());
    this.access = access;
    this.sessions = sessions;
    this.pages = pages;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.post("/teacher/classes", this::create);
    routes.get("/teacher/classes/{id}/students/new", ctx -> {
      SchoolClass c = ownClass(ctx);
      addPage(ctx, c, List.of(), "", "", "");
    });
    routes.post("/teacher/classes/{id}/students", this::addOne);
    routes.post("/teacher/classes/{id}/students/list", this::addList);
    routes.post("/teacher/classes/{id}/students/{student}/password", this::resetPassword);
    routes.post("/teacher/classes/{id}/students/{student}/remove", this::remove);
    routes.post("/teacher/classes/{id}/archive", ctx -> archive(ctx, true));
    routes.post("/teacher/classes/{id}/unarchive", ctx -> archive(ctx, false));
    routes.get("/teacher/classes/{id}/cards", this::cards);
  }

  // ---- create and archive -----------------------------------------------------------------------------------

  private void create(Context ctx) {
    Account me = teacher(ctx);
    String name = ctx.formParam("name");
    name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw HttpFailure.badRequest("Give the class a name.");
    }
    if (name.length() > MAX_CLASS_NAME) {
      throw HttpFailure.badRequest("A class name has at most " + MAX_CLASS_NAME + " characters.");
    }
    if (CONTROL.matcher(name).find()) {
      throw HttpFailure.badRequest("The class name contains a character that cannot be printed.");
    }
    SchoolClass c = classes.createWithFreshCode(me.schoolId(), me.id(), name, this::classCode, clock.instant());
    ctx.redirect("/teacher/classes/" + c.id(), HttpStatus.SEE_OTHER);
  }

  private void archive(Context ctx, boolean archived) {
    Account me = teacher(ctx);
    SchoolClass c = ownClass(ctx);
    if (!classes.setArchived(me.schoolId(), me.id(), c.id(), archived)) {
      throw HttpFailure.notFound();
    }
    if (archived) {
      // Students whose only class this was can no longer sign in; end the sessions they already have too.
      for (Account s : users.studentsOfClass(me.schoolId(), c.id())) {
        if (classes.ofStudent(me.schoolId(), s.id()).stream().allMatch(SchoolClass::archived)) {
          sessions.endAllOf(s.id());
        }
      }
    }
    ctx.redirect(archived ? "/teacher" : "/teacher/classes/" + c.id(), HttpStatus.SEE_OTHER);
  }

  // ---- adding students --------------------------------------------------------------------------------------

  private void addOne(Context ctx) {
    SchoolClass c = ownClass(ctx);
    String name = text(ctx, "displayName", 4 * StudentNames.MAX_NAME_CHARS);
    String username = text(ctx, "username", 4 * StudentNames.MAX_USERNAME_CHARS);
    if (c.archived()) {
      refuseAdd(ctx, c, 400, List.of(archivedMessage()), name, username, "");
      return;
    }
    StudentNames.Parsed parsed = StudentNames.one(name, username);
    if (!parsed.ok()) {
      refuseAdd(ctx, c, 400, parsed.errors().stream().map(e -> e.message()).map(TeacherClassRoutes::sentence)
          .toList(), name, username, "");
      return;
    }
    create(ctx, c, parsed, name, username, "");
  }

  private void addList(Context ctx) {
    SchoolClass c = ownClass(ctx);
    String pasted = ctx.formParam("students");
    pasted = pasted == null ? "" : pasted;
    if (pasted.getBytes(StandardCharsets.UTF_8).length > MAX_LIST_BYTES) {
      // not echoed back: the teacher should split the list, not resend the same text
      refuseAdd(ctx, c, 413, List.of("The list is larger than " + MAX_LIST_BYTES / 1024 + " kB. Add at most "
          + MAX_LIST_LINES + " students at a time."), "", "", "");
      return;
    }
    long lines = pasted.lines().filter(l -> !l.isBlank()).count();
    if (lines > MAX_LIST_LINES) {
      refuseAdd(ctx, c, 400, List.of("The list has " + lines + " students; add at most " + MAX_LIST_LINES
          + " at a time."), "", "", pasted);
      return;
    }
    if (c.archived()) {
      refuseAdd(ctx, c, 400, List.of(archivedMessage()), "", "", pasted);
      return;
    }
    StudentNames.Parsed parsed = StudentNames.list(pasted);
    if (!parsed.ok()) {
      refuseAdd(ctx, c, 400, parsed.errors().stream().map(Object::toString).toList(), "", "", pasted);
      return;
    }
    create(ctx, c, parsed, "", "", pasted);
  }

  /** Hashes a first password for each student, writes them all in one transaction, and shows their login cards. */
  private void create(Context ctx, SchoolClass c, StudentNames.Parsed parsed, String name, String username,
      String pasted) {
    Account me = Guard.account(ctx);
    String session = Guard.session(ctx).id();
    String formId = ctx.formParam("formId");
    if (!sentForms.claim(session, formId)) {
      refuseAdd(ctx, c, 409, List.of("These students were already added: this form was sent a second time (for "
          + "example by reloading the page of login cards). Their accounts are on the class page; to show a "
          + "password again, reset it there."), "", "", "");
      return;
    }
    List<String> plain = new ArrayList<>();
    List<StudentAccountsWriter.NewStudent> wanted = new ArrayList<>();
    for (StudentNames.Entry e : parsed.entries()) {
      String password = passwords.next();
      plain.add(password);
      wanted.add(new StudentAccountsWriter.NewStudent(e.line(), e.displayName(), e.username(),
          StudentNames.suggestedUsername(e.displayName()), Passwords.hash(password)));
    }
    StudentAccountsWriter.Outcome outcome;
    try {
      outcome = writer.add(me.schoolId(), c.id(), wanted, clock.instant());
    } catch (RuntimeException e) {
      sentForms.release(session, formId); // rolled back: sending the form again must be allowed
      throw e;
    }
    switch (outcome) {
      case StudentAccountsWriter.Outcome.Taken t -> {
        boolean list = !pasted.isEmpty();
        List<String> errors = t.usernamesByLine().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
            .map(e -> (list ? "Line " + e.getKey() + ": the" : "The") + " username '" + e.getValue()
                + "' is already used in this school; choose another or leave it out.")
            .toList();
        sentForms.release(session, formId); // nothing was added: the corrected form may be sent again
        refuseAdd(ctx, c, 400, errors, name, username, pasted);
      }
      case StudentAccountsWriter.Outcome.Added a -> {
        List<LoginCardsPage.Card> cards = new ArrayList<>();
        for (int i = 0; i < a.students().size(); i++) {
          var s = a.students().get(i);
          cards.add(new LoginCardsPage.Card(s.displayName(), s.username(), plain.get(i)));
        }
        showCards(ctx, c, true, cards, a.students().size() == 1 ? "New student: login card"
            : "New students: login cards");
      }
    }
  }

  private void refuseAdd(Context ctx, SchoolClass c, int status, List<String> errors, String name, String username,
      String pasted) {
    ctx.status(status);
    addPage(ctx, c, errors, name, username, pasted);
  }

  private void addPage(Context ctx, SchoolClass c, List<String> errors, String name, String username,
      String pasted) {
    pages.render(ctx, "teacher_add_students.jte", new AddStudentsPage(
        Pages.chrome("Add students: " + c.name(), Guard.session(ctx)), c.id(), c.name(), c.archived(), errors, name,
        username, pasted));
  }

  // ---- one student: reset, remove ---------------------------------------------------------------------------

  private void resetPassword(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Account me = Guard.account(ctx);
    Account student = enrolledStudent(ctx, me, c);
    String password = passwords.next();
    if (!users.setStudentPasswordHash(me.schoolId(), student.id(), Passwords.hash(password))) {
      throw HttpFailure.notFound();
    }
    // whoever is signed in as this student (perhaps with the old password) is signed out
    sessions.endAllOf(student.id());
    showCards(ctx, c, true, List.of(new LoginCardsPage.Card(student.displayName(), student.username(), password)),
        "New password: login card");
  }

  private void remove(Context ctx) {
    SchoolClass c = ownClass(ctx);
    Account me = Guard.account(ctx);
    Account student = enrolledStudent(ctx, me, c);
    if (!classes.unenrol(me.schoolId(), c.id(), student.id())) {
      throw HttpFailure.notFound();
    }
    ctx.redirect("/teacher/classes/" + c.id(), HttpStatus.SEE_OTHER);
  }

  private Account enrolledStudent(Context ctx, Account me, SchoolClass c) {
    long id = PathIds.of(ctx, "student");
    if (!classes.isEnrolled(me.schoolId(), c.id(), id)) {
      throw HttpFailure.notFound();
    }
    return users.find(me.schoolId(), id).filter(a -> a.role() == Role.STUDENT).orElseThrow(HttpFailure::notFound);
  }

  // ---- login cards ------------------------------------------------------------------------------------------

  /** Every student's card without passwords; the class's teacher and school admins may print them. */
  private void cards(Context ctx) {
    Account me = Guard.account(ctx);
    SchoolClass c = access.schoolClass(me, PathIds.id(ctx));
    List<LoginCardsPage.Card> cards = users.studentsOfClass(me.schoolId(), c.id()).stream()
        .map(s -> new LoginCardsPage.Card(s.displayName(), s.username(), null)).toList();
    showCards(ctx, c, false, cards, "Login cards: " + c.name());
  }

  private void showCards(Context ctx, SchoolClass c, boolean fresh, List<LoginCardsPage.Card> cards, String title) {
    Account me = Guard.account(ctx);
    if (fresh) {
      ctx.header("Cache-Control", "no-store"); // the page shows passwords
    }
    pages.render(ctx, "teacher_login_cards.jte", new LoginCardsPage(Pages.chrome(title, Guard.session(ctx)), c.id(),
        c.name(), schools.name(me.schoolId()).orElse(""), c.classCode(), c.archived(), fresh, cards));
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  private static final String CHANGE_REFUSAL = "Only a class's own teacher can change it.";

  private static Account teacher(Context ctx) {
    Account me = Guard.account(ctx);
    if (me.role() != Role.TEACHER) {
      throw HttpFailure.forbidden(CHANGE_REFUSAL);
    }
    return me;
  }

  /** The class when the caller is its teacher: 403 for other roles, 404 for classes that are not theirs. */
  private SchoolClass ownClass(Context ctx) {
    return access.ownClass(Guard.account(ctx), PathIds.id(ctx), CHANGE_REFUSAL);
  }

  /** An optional form field, refused with 400 when far longer than any valid value. */
  private static String text(Context ctx, String name, int maxChars) {
    String v = ctx.formParam(name);
    if (v == null) {
      return "";
    }
    if (v.length() > maxChars) {
      throw HttpFailure.badRequest("The " + name + " field is too long.");
    }
    return v;
  }

  private static String archivedMessage() {
    return "This class is archived. Restore it before adding students.";
  }

  private static String sentence(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  private String classCode() {
    StringBuilder b = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      b.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }
}
