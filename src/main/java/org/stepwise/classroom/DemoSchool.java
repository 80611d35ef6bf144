package org.stepwise.classroom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stepwise.store.AssignmentRepository;
import org.stepwise.store.AttemptRepository;
import org.stepwise.store.ClassRepository;
import org.stepwise.store.Database;
import org.stepwise.store.MasteryRepository;
import org.stepwise.store.MasteryRepository.Snapshot;
import org.stepwise.store.SchoolRepository;
import org.stepwise.store.UserRepository;

/**
 * The demo school seeded into an empty database on first start, so that every page has data: a teacher, a school
 * admin, two classes of 15 students, assignments, and about three weeks of simulated practice per student.
 *
 * <p>The passwords are fixed and printed on start: this is a demo. Production deployments start with
 * {@code --no-demo} (see docs/OPERATIONS.md).
 */
public final class DemoSchool {
  public static final String SCHOOL_NAME = "Demo Middle School";
  public static final String TEACHER_EMAIL = "teacher@demo.school";
  public static final String TEACHER_PASSWORD = "demo-teacher-2026";
  public static final String ADMIN_EMAIL = "admin@demo.school";
  public static final String ADMIN_PASSWORD = "demo-admin-2026";
  public static final String STUDENT_PASSWORD = "practice-2026";
  public static final List<String> CLASS_CODES = List.of("MAPLE7", "CEDAR8");
  public static final List<String> CLASS_NAMES = List.of("Grade 7 Maths (Maple)", "Algebra 1 (Cedar)");
  public static final int STUDENTS_PER_CLASS = 15;

  private static final List<String> FIRST_NAMES = List.of(
      "Ava", "Noah", "Mia", "Liam", "Zara", "Ethan", "Amara", "Lucas", "Sofia", "Kai",
      "Leila", "Mateo", "Hana", "Oliver", "Priya", "Diego", "Chloe", "Yusuf", "Isla", "Ravi",
      "Emma", "Jonah", "Aisha", "Felix", "Nina", "Tariq", "Grace", "Owen", "Lina", "Sami");
  private static final List<String> LAST_INITIALS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K");

  // Simulation parameters of the seeded histories (seed data only; the mastery package owns the real model).
  private static final double BKT_LEARN = 0.06;
  private static final double BKT_GUESS = 0.25;
  private static final double BKT_SLIP = 0.12;

  /** The demo logins, for printing on start. */
  public record Logins(String teacherEmail, String teacherPassword, String adminEmail, String adminPassword,
      List<String> classCodes, String sampleStudent, String studentPassword) {}

  private DemoSchool() {}

  public static Logins logins() {
    return new Logins(TEACHER_EMAIL, TEACHER_PASSWORD, ADMIN_EMAIL, ADMIN_PASSWORD, CLASS_CODES,
        username(0), STUDENT_PASSWORD);
  }

  /** The username of the i-th demo student (0-based): the first 15 are in the first class. */
  public static String username(int i) {
    return FIRST_NAMES.get(i).toLowerCase(java.util.Locale.ROOT) + (i + 1);
  }

  /** Skill ids used by the demo (the content package's ids replace them once its content lands). */
  public static List<String> skillIds() {
    return DemoItems.SKILLS.stream().map(DemoItems.Skill::id).toList();
  }

  /** The demo title of a skill id, when it is one of the demo's skills. */
  public static java.util.Optional<String> skillTitle(String skillId) {
    return DemoItems.SKILLS.stream().filter(s -> s.id().equals(skillId)).map(DemoItems.Skill::title).findFirst();
  }

  /** Seeds the demo school when the database has no school yet; returns true when it did. */
  public static synchronized boolean seedIfEmpty(Database db, Instant now) {
    SchoolRepository schools = new SchoolRepository(db.jdbi());
    if (schools.count() > 0) {
      return false;
    }
    seed(db, now);
    return true;
  }

  private static void seed(Database db, Instant now) {
    var users = new UserRepository(db.jdbi());
    var classes = new ClassRepository(db.jdbi());
    var assignments = new AssignmentRepository(db.jdbi());
    var attempts = new AttemptRepository(db.jdbi());
    var mastery = new MasteryRepository(db.jdbi());
    Random random = new Random(20261123L);
    Instant start = now.minus(Duration.ofDays(21));

    long school = new SchoolRepository(db.jdbi()).create(SCHOOL_NAME, start);
    long teacher = users.create(school, Role.TEACHER, TEACHER_EMAIL, null, "Ms. Rivera",
        Passwords.hash(TEACHER_PASSWORD), start);
    users.create(school, Role.SCHOOL_ADMIN, ADMIN_EMAIL, null, "Mr. Osei (school admin)",
        Passwords.hash(ADMIN_PASSWORD), start);
    // One hash for every demo student keeps the first start fast; real accounts each get their own salt.
    String studentHash = Passwords.hash(STUDENT_PASSWORD);

    List<DemoItems.Skill> skills = DemoItems.SKILLS;
    for (int c = 0; c < CLASS_CODES.size(); c++) {
      long classId = classes.create(school, teacher, CLASS_NAMES.get(c), CLASS_CODES.get(c), start);
      List<DemoItems.Skill> classSkills = skills.subList(c * 6, c * 6 + 6);
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      assignments.create(classId, "Week 1 practice", today.minusDays(7), 0.8,
          classSkills.subList(0, 3).stream().map(DemoItems.Skill::id).toList(), start);
      assignments.create(classId, "Week 3 practice", today.plusDays(5), 0.8,
          classSkills.subList(3, 6).stream().map(DemoItems.Skill::id).toList(), start.plus(Duration.ofDays(10)));
      for (int s = 0; s < STUDENTS_PER_CLASS; s++) {
        int i = c * STUDENTS_PER_CLASS + s;
        String name = FIRST_NAMES.get(i) + " " + LAST_INITIALS.get(i % LAST_INITIALS.size()) + ".";
        long student = users.create(school, Role.STUDENT, null, username(i), name, studentHash, start);
        classes.enrol(classId, student, start);
        simulateHistory(school, student, classSkills, start, now, random, attempts, mastery);
      }
    }
  }

  /**
   * A few weeks of practice: each skill is practised in a handful of sessions; the chance of a right answer grows
   * with practice from a per-student ability; wrong answers often take hints and usually give the answer a common
   * misconception produces.
   */
  private static void simulateHistory(long school, long student, List<DemoItems.Skill> skills, Instant start,
      Instant now, Random random, AttemptRepository attempts, MasteryRepository mastery) {
    double ability = random.nextGaussian() * 1.1;
    List<NewAttempt> rows = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();
    List<HintEvent> hintEvents = new ArrayList<>();
    long span = Duration.between(start, now).toMinutes() - 60;
    for (int k = 0; k < skills.size(); k++) {
      DemoItems.Skill skill = skills.get(k);
      // later skills were introduced later and practised less
      if (k >= 3 && random.nextDouble() < 0.25) {
        continue;
      }
      double difficulty = 0.3 * k - 0.5;
      double pKnown = 0.2;
      int practised = 0;
      int sessions = 2 + random.nextInt(3);
      long skillStart = k < 3 ? 0 : span / 2;
      for (int session = 0; session < sessions; session++) {
        int answered = 0;
        long minute = skillStart + (long) ((span - skillStart) * (session + random.nextDouble()) / sessions);
        Instant t = start.plus(Duration.ofMinutes(minute));
        int items = 2 + random.nextInt(5);
        for (int n = 0; n < items; n++) {
          double logit = ability - difficulty + 0.1 * practised - 0.3;
          boolean correct = random.nextDouble() < 1 / (1 + Math.exp(-logit));
          long seed = random.nextLong() & 0xFFFFFFFFL;
          DemoItems.Item item = skill.generator().apply(new Random(seed));
          int hints = correct ? (random.nextDouble() < 0.1 ? 1 : 0) : (random.nextDouble() < 0.5 ? 1 + random.nextInt(3) : 0);
          String answer = correct ? item.correct() : (random.nextDouble() < 0.7 ? item.typicalWrong() : "?");
          Verdict verdict = correct ? Verdict.CORRECT : (answer.equals("?") ? Verdict.INVALID : Verdict.INCORRECT);
          String feedback = switch (verdict) {
            case CORRECT -> "Right.";
            case INCORRECT -> "Not yet: check this step again.";
            case INVALID -> "I could not read that as maths.";
            case PENDING -> null;
          };
          rows.add(new NewAttempt(school, student, skill.id(), seed, item.statement(), answer, verdict, feedback,
              hints, t));
          for (int h = 1; h <= hints; h++) {
            hintEvents.add(new HintEvent(school, student, skill.id(), seed, h, t.minusSeconds(20L * (hints - h + 1))));
          }
          pKnown = bktUpdate(pKnown, correct);
          practised++;
          answered++;
          t = t.plusSeconds(40 + random.nextInt(120));
        }
        snapshots.add(new Snapshot(school, student, skill.id(), pKnown, t, answered));
      }
    }
    attempts.insertAll(rows);
    attempts.insertHints(hintEvents);
    mastery.insertAll(snapshots);
  }

  private static double bktUpdate(double p, boolean correct) {
    double posterior = correct
        ? p * (1 - BKT_SLIP) / (p * (1 - BKT_SLIP) + (1 - p) * BKT_GUESS)
        : p * BKT_SLIP / (p * BKT_SLIP + (1 - p) * (1 - BKT_GUESS));
    return Math.min(1, posterior + (1 - posterior) * BKT_LEARN);
  }
}
