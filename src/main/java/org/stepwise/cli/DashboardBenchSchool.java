package org.stepwise.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.stepwise.classroom.HintEvent;
import org.stepwise.classroom.NewAttempt;
import org.stepwise.classroom.Passwords;
import org.stepwise.classroom.Role;
import org.stepwise.classroom.Verdict;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.Skill;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.Database;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.TutorExchangeRepository;
import org.stepwise.store.UserRepository;
import org.stepwise.store.WorkCheckRepository;

/**
 * A school seeded for the dashboard benchmark: one teacher, one class of {@code students}, assignments covering
 * {@code skills} skills of the bundled course, and {@code attempts} answers spread over the last {@code days}
 * days, with the hint events, mastery estimates (one per answer that counts as evidence, as the practice page
 * stores them), tutor exchanges and written-work checks that real practice leaves behind. Items are real items
 * of the course, so the dashboard recognises wrong answers as it does in a real class.
 *
 * <p>Each run makes a new school with its own teacher, so runs on one database do not disturb each other.
 */
final class DashboardBenchSchool {
  /** What was seeded: how to sign in and which class to open. */
  record Seeded(String teacherEmail, String teacherPassword, long classId, int students, int skills,
      long attempts, long snapshots) {}

  private static final String PASSWORD = "bench-teacher-password";
  private static final int ITEMS_PER_SKILL = 40;
  private static final int CHUNK = 5_000;

  private DashboardBenchSchool() {}

  static Seeded seed(Database db, Course course, int students, int skills, int attempts, int days, long seed,
      Instant now) {
    Random random = new Random(seed);
    Instant start = now.minus(Duration.ofDays(days));
    String tag = Long.toString(now.toEpochMilli(), 36) + Integer.toString(random.nextInt(1 << 20), 36);
    long school = new SchoolRepository(db.jdbi()).create("Bench School " + tag, start);
    var users = new UserRepository(db.jdbi());
    String email = ("bench-" + tag + "@bench.school").toLowerCase(Locale.ROOT);
    long teacher = users.create(school, Role.TEACHER, email, null, "Bench Teacher", Passwords.hash(PASSWORD), start);
    var classes = new ClassRepository(db.jdbi());
    long classId = classes.create(school, teacher, "Bench class " + tag, ("B" + tag).toUpperCase(Locale.ROOT)
        .substring(0, Math.min(12, tag.length() + 1)), start);
    String studentHash = Passwords.hash("bench-student-password");
    List<Long> studentIds = new ArrayList<>();
    for (int s = 0; s < students; s++) {
      long id = users.create(school, Role.STUDENT, null, "bench" + tag + "s" + s, "Student " + (s + 1),
          studentHash, start);
      classes.enrol(classId, id, start);
      studentIds.add(id);
    }

    List<Skill> chosen = course.skills().topologicalOrder().stream()
        .filter(id -> !course.templatesOf(id).isEmpty()).map(id -> course.skills().skill(id).orElseThrow()).limit(skills).toList();
    if (chosen.size() < skills) {
      throw new IllegalArgumentException("the course has only " + chosen.size() + " skills with problems");
    }
    var assignments = new AssignmentRepository(db.jdbi());
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (int a = 0; a * 10 < chosen.size(); a++) {
      List<String> ids = chosen.subList(a * 10, Math.min(chosen.size(), a * 10 + 10)).stream().map(Skill::id)
          .toList();
      assignments.create(classId, "Unit " + (a + 1), today.plusDays(7L * a - 14), 0.8, ids, start);
    }

    Map<String, List<Item>> items = itemPool(course, chosen, random);
    var attemptRepo = new AttemptRepository(db.jdbi());
    var mastery = new MasteryRepository(db.jdbi());
    Map<String, Double> known = new HashMap<>();
    List<NewAttempt> rows = new ArrayList<>();
    List<HintEvent> hints = new ArrayList<>();
    List<MasteryRepository.Snapshot> snapshots = new ArrayList<>();
    long snapshotCount = 0;
    long span = Duration.between(start, now).toSeconds();
    // Answers in time order, so that the mastery estimates form each student's real trajectory.
    long[] times = new long[attempts];
    for (int i = 0; i < attempts; i++) {
      times[i] = (long) (span * random.nextDouble());
    }
    java.util.Arrays.sort(times);
    for (int i = 0; i < attempts; i++) {
      long student = studentIds.get(random.nextInt(students));
      Skill skill = chosen.get(random.nextInt(chosen.size()));
      Item item = items.get(skill.id()).get(random.nextInt(ITEMS_PER_SKILL));
      Instant at = start.plusSeconds(times[i]);
      String key = student + "/" + skill.id();
      double p = known.getOrDefault(key, 0.2);
      boolean correct = random.nextDouble() < 0.25 + 0.65 * p;
      int used = correct ? (random.nextDouble() < 0.1 ? 1 : 0) : (random.nextDouble() < 0.4 ? 1 + random.nextInt(3) : 0);
      String answer;
      Verdict verdict;
      if (correct) {
        answer = item.authorAnswer().orElse("1");
        verdict = Verdict.CORRECT;
      } else if (!item.wrongAnswers().isEmpty() && random.nextDouble() < 0.6) {
        answer = item.wrongAnswers().get(random.nextInt(item.wrongAnswers().size())).answer();
        verdict = Verdict.INCORRECT;
      } else {
        answer = Integer.toString(random.nextInt(100));
        verdict = Verdict.INCORRECT;
      }
      rows.add(new NewAttempt(school, student, skill.id(), item.seed(), item.statement(), answer, verdict,
          correct ? "Right." : "Not yet.", used, at));
      for (int h = 1; h <= used; h++) {
        hints.add(new HintEvent(school, student, skill.id(), item.seed(), h, at.minusSeconds(15L * (used - h + 1))));
      }
      if (!correct || used == 0) {
        p = correct ? p + (1 - p) * 0.3 : p * 0.7;
        known.put(key, p);
        snapshots.add(new MasteryRepository.Snapshot(school, student, skill.id(), p, at));
        snapshotCount++;
      }
      if (rows.size() >= CHUNK) {
        attemptRepo.insertAll(rows);
        attemptRepo.insertHints(hints);
        mastery.insertAll(snapshots);
        rows.clear();
        hints.clear();
        snapshots.clear();
      }
    }
    attemptRepo.insertAll(rows);
    attemptRepo.insertHints(hints);
    mastery.insertAll(snapshots);
    seedConversations(db, school, studentIds, chosen, random, now);
    return new Seeded(email, PASSWORD, classId, students, chosen.size(), attempts, snapshotCount);
  }

  /** A pool of real items per skill; answers reuse them, as a class meets the same problems again. */
  private static Map<String, List<Item>> itemPool(Course course, List<Skill> skills, Random random) {
    ItemGenerator generator = new ItemGenerator();
    Map<String, List<Item>> pool = new HashMap<>();
    for (Skill skill : skills) {
      List<ItemTemplate> templates = course.templatesOf(skill.id());
      List<Item> list = new ArrayList<>();
      while (list.size() < ITEMS_PER_SKILL) {
        list.add(generator.generate(templates.get(list.size() % templates.size()), 1 + random.nextInt(1 << 30)));
      }
      pool.put(skill.id(), list);
    }
    return pool;
  }

  /** A few tutor exchanges (some flagged) and written-work checks with diagnosed misconceptions, in the last days. */
  private static void seedConversations(Database db, long school, List<Long> students, List<Skill> skills,
      Random random, Instant now) {
    var tutor = new TutorExchangeRepository(db.jdbi());
    var work = new WorkCheckRepository(db.jdbi());
    List<String> misconceptions = List.of("sign_error_moving_term", "distribute_first_term_only",
        "add_denominators");
    for (int i = 0; i < students.size(); i++) {
      Instant at = now.minus(Duration.ofMinutes(5L + random.nextInt(60 * 24 * 3)));
      tutor.insert(new TutorExchangeRepository.NewExchange(school, students.get(i), skills.get(i % skills.size()).id(),
          1 + i, "I don't get this step", "Which operation undoes the + 3 on the left?", "stuck", i % 13 == 0, at));
      work.insert(new WorkCheckRepository.NewWorkCheck(school, students.get(i), "2(x + 3) = 14",
          "[\"2x + 3 = 14\",\"2x = 11\"]", 1, misconceptions.get(i % misconceptions.size()),
          "Look at line 1 again.", at));
    }
  }
}
