package org.stepwise.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.stepwise.classroom.Account;
import org.stepwise.classroom.AnswerJudge;
import org.stepwise.classroom.AnswerJudge.Judgement;
import org.stepwise.classroom.HintEvent;
import org.stepwise.classroom.MasteryLevel;
import org.stepwise.classroom.NewAttempt;
import org.stepwise.classroom.Verdict;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.mastery.BktParams;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.AttemptWriter;
import org.stepwise.math.MathException;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.TutorExchangeRepository;
import org.stepwise.store.TutorExchangeRepository.NewExchange;
import org.stepwise.store.TutorExchangeRepository.StoredExchange;
import org.stepwise.tutor.Tutor;
import org.stepwise.tutor.TutorInputException;
import org.stepwise.tutor.TutorReply;
import org.stepwise.tutor.TutorRequest;
import org.stepwise.tutor.Turn;
import org.stepwise.web.pages.PracticePage;

/**
 * The practice item page. The server generates the item from (template, seed) each time — the statement is never
 * taken from the browser — judges answers with the math engine, records every hint rung and every attempt (committed
 * before the page answers), and updates the skill's mastery estimate after each answer.
 */
final class PracticeRoutes {
  private static final int MAX_ANSWER = 500;
  private static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);
  /** Earlier exchanges on this item given to the tutor (each is two turns; the tutor reads the last 20 turns). */
  private static final int TUTOR_HISTORY = 10;
  /** A conversation about one item has an end (a bound on what one student can make the server store). */
  static final int MAX_TUTOR_MESSAGES_PER_ITEM = 60;

  private final Course course;
  private final ItemGenerator generator = new ItemGenerator();
  private final AnswerJudge judge;
  private final AttemptWriter writer;
  private final AttemptRepository attempts;
  private final MasteryRepository mastery;
  private final Pages pages;
  private final Clock clock;
  private final TutorExchangeRepository exchanges;
  private final Tutor tutor;
  private final SecureRandom random = new SecureRandom();
  private final StatementMath statementMath = new StatementMath(org.stepwise.math.MathEngine.standard());

  PracticeRoutes(Course course, AnswerJudge judge, AttemptWriter writer, AttemptRepository attempts,
      MasteryRepository mastery, Pages pages, Clock clock, TutorExchangeRepository exchanges, Tutor tutor) {
    this.exchanges = exchanges;
    this.tutor = tutor;
    this.course = course;
    this.judge = judge;
    this.writer = writer;
    this.attempts = attempts;
    this.mastery = mastery;
    this.pages = pages;
    this.clock = clock;
  }

  void register(RoutesConfig routes) {
    routes.get("/student/practice/{skill}", this::newItem);
    routes.post("/student/practice/{skill}/hint", this::hint);
    routes.post("/student/practice/{skill}/answer", this::answer);
    routes.post("/student/practice/{skill}/tutor", this::tutor);
  }

  private void newItem(Context ctx) {
    Account me = Guard.account(ctx);
    String skill = skill(ctx);
    MasteryLevel level = mastery.latestOfStudent(me.schoolId(), me.id()).get(skill);
    int difficulty = NextPractice.difficulty(level == null ? BktParams.DEFAULT.pInit() : level.pMastery());
    List<ItemTemplate> templates = NextPractice.closestDifficulty(course.templatesOf(skill), difficulty);
    ItemTemplate t = templates.get(random.nextInt(templates.size()));
    long seed = random.nextLong(1, Integer.MAX_VALUE);
    render(ctx, skill, t, generator.generate(t, seed), 0, null, "", false);
  }

  /**
   * One message to the tutor about this item. The server regenerates the item, gives the tutor this student's last
   * exchanges on it from the database, and stores the exchange before the page shows the reply.
   */
  private void tutor(Context ctx) {
    Account me = Guard.account(ctx);
    String skill = skill(ctx);
    ItemTemplate t = template(ctx, skill);
    long seed = seed(ctx);
    String message = ctx.formParam("message");
    if (message == null || message.isBlank()) {
      throw HttpFailure.badRequest("Type a message to the tutor first.");
    }
    message = message.strip();
    if (message.length() > TutorExchangeRepository.MAX_MESSAGE) {
      throw HttpFailure.badRequest("That message is too long (at most " + TutorExchangeRepository.MAX_MESSAGE
          + " characters).");
    }
    if (exchanges.countOfItem(me.schoolId(), me.id(), skill, seed) >= MAX_TUTOR_MESSAGES_PER_ITEM) {
      throw new HttpFailure(429, "too_many", "That is a long conversation about one problem. Try a new problem, "
          + "or ask your teacher to help with this one.");
    }
    Item item = generator.generate(t, seed);
    List<Turn> history = new java.util.ArrayList<>();
    for (StoredExchange e : exchanges.ofItem(me.schoolId(), me.id(), skill, seed, TUTOR_HISTORY)) {
      history.add(Turn.student(e.message()));
      history.add(Turn.tutor(e.reply()));
    }
    String reply;
    String intent;
    boolean flagged;
    try {
      TutorReply r = tutor.reply(new TutorRequest(item.statement(), message, history,
          "s" + me.schoolId() + "-" + me.id()));
      reply = r.reply();
      intent = r.intent().wireName();
      flagged = r.flagged();
    } catch (MathException e) {
      // the tutor reads every bundled problem; should one be beyond it, the student still gets an answer
      reply = "I can't talk about this problem yet. Try a hint, or ask your teacher.";
      intent = "unsupported";
      flagged = false;
    } catch (TutorInputException e) {
      throw HttpFailure.badRequest(e.getMessage());
    }
    exchanges.insert(new NewExchange(me.schoolId(), me.id(), skill, seed, message, reply, intent, flagged,
        clock.instant()));
    // the answer the student had started typing comes back in the box (the page sends it along as a draft)
    String draft = ctx.formParam("draft");
    draft = draft == null || draft.length() > MAX_ANSWER ? "" : draft;
    render(ctx, skill, t, item, Math.min(hintsUsed(ctx), rungs(item)), null, draft, true);
  }

  private void hint(Context ctx) {
    Account me = Guard.account(ctx);
    String skill = skill(ctx);
    ItemTemplate t = template(ctx, skill);
    long seed = seed(ctx);
    Item item = generator.generate(t, seed);
    int rung = Math.min(hintsUsed(ctx) + 1, rungs(item));
    attempts.insertHints(List.of(new HintEvent(me.schoolId(), me.id(), skill, seed, rung, clock.instant())));
    render(ctx, skill, t, item, rung, null, "", false);
  }

  private void answer(Context ctx) {
    Account me = Guard.account(ctx);
    String skill = skill(ctx);
    ItemTemplate t = template(ctx, skill);
    long seed = seed(ctx);
    int hints = Math.min(hintsUsed(ctx), 10);
    String answer = ctx.formParam("answer");
    if (answer == null || answer.isBlank()) {
      throw HttpFailure.badRequest("Type an answer first.");
    }
    if (answer.length() > MAX_ANSWER) {
      throw HttpFailure.badRequest("That answer is too long (at most " + MAX_ANSWER + " characters).");
    }
    Item item = generator.generate(t, seed);
    Judgement j = judge.judge(skill, seed, item.statement(), answer);
    try {
      writer.store(new NewAttempt(me.schoolId(), me.id(), skill, seed, item.statement(), answer, j.verdict(),
          j.feedback(), hints, clock.instant()), STORE_TIMEOUT);
    } catch (AttemptWriter.Unavailable e) {
      throw new HttpFailure(503, "busy", "Your answer was not saved: the server is busy. Please try again.");
    }
    boolean evidence = j.verdict() == Verdict.INCORRECT || (j.verdict() == Verdict.CORRECT && hints == 0);
    if (evidence) {
      // Bayesian Knowledge Tracing with the default parameters. A right answer after a hint is evidence neither way:
      // counting it as a failure made mastery fall under a green "Right!", which students read as a punishment.
      MasteryLevel now = mastery.latestOfStudent(me.schoolId(), me.id()).get(skill);
      double before = now == null ? BktParams.DEFAULT.pInit() : now.pMastery();
      double after = BktParams.DEFAULT.next(before, j.verdict() == Verdict.CORRECT);
      mastery.insertAll(List.of(new MasteryRepository.Snapshot(me.schoolId(), me.id(), skill, after,
          clock.instant())));
    }
    render(ctx, skill, t, item, hints, j, answer, false);
  }

  private void render(Context ctx, String skill, ItemTemplate t, Item item, int rung, Judgement j, String answer,
      boolean tutorFocus) {
    Account me = Guard.account(ctx);
    List<String> hints = item.hints().subList(0, Math.min(rung, item.hints().size()));
    PracticePage.WorkedExample worked = null;
    if (rung > item.hints().size()) {
      var w = item.workedExample();
      worked = new PracticePage.WorkedExample(w.statement(), w.steps(), w.answer().orElse(null));
    }
    MasteryLevel level = mastery.latestOfStudent(me.schoolId(), me.id()).get(skill);
    String title = course.skills().skill(skill).map(s -> s.name()).orElse(skill);
    List<PracticePage.TutorLine> conversation = exchanges.ofItem(me.schoolId(), me.id(), skill, item.seed(),
        TUTOR_HISTORY).stream().map(e -> new PracticePage.TutorLine(e.message(), e.reply())).toList();
    pages.render(ctx, "practice.jte", new PracticePage(Pages.chrome(title, Guard.session(ctx)), skill, title, t.id(),
        item.seed(), item.statement(), statementMath.of(item.statement()).stream()
            .map(piece -> new PracticePage.MathPiece(piece.text(), piece.latex())).toList(),
        SpokenMath.of(item.statement()), hints, worked, rung, rung < rungs(item),
        j == null ? null : j.verdict().dbName(), j == null ? null : j.feedback(), answer,
        level == null ? (int) Math.round(BktParams.DEFAULT.pInit() * 100) : (int) Math.round(level.pMastery() * 100),
        conversation, tutorFocus));
  }

  /** The hint ladder: the item's hints, then a worked sibling example as the last rung. */
  private static int rungs(Item item) {
    return item.hints().size() + 1;
  }

  private String skill(Context ctx) {
    String skill = ctx.pathParam("skill");
    if (course.skills().skill(skill).isEmpty() || course.templatesOf(skill).isEmpty()) {
      throw HttpFailure.notFound();
    }
    return skill;
  }

  private ItemTemplate template(Context ctx, String skill) {
    String id = ctx.formParam("templateId");
    ItemTemplate t = id == null ? null : course.template(id).orElse(null);
    if (t == null || !t.skill().equals(skill)) {
      throw HttpFailure.badRequest("This problem is not one of this skill's problems; start a new one.");
    }
    return t;
  }

  private static long seed(Context ctx) {
    try {
      long seed = Long.parseLong(String.valueOf(ctx.formParam("seed")));
      if (seed < 1 || seed > Integer.MAX_VALUE) {
        throw HttpFailure.badRequest("Unknown problem; start a new one.");
      }
      return seed;
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest("Unknown problem; start a new one.");
    }
  }

  private static int hintsUsed(Context ctx) {
    try {
      return Math.max(0, Math.min(20, Integer.parseInt(String.valueOf(ctx.formParam("hintsUsed")))));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

}
