package org.stepwise.teacher.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;

/**
 * Builds a different variant of a quiz for every student, deterministically: the seed is a hash of the quiz id and
 * the student id, so a reprint is identical and two students almost never share a paper. Skills take turns so each
 * chosen skill is on every paper; the answer key is computed by the math engine from each printed statement, never
 * copied from the template's author answer.
 */
public final class QuizGenerator {

  /** Redraws allowed when a drawn item repeats one already on the paper. */
  static final int MAX_REDRAWS = 25;

  private final Course course;
  private final ItemGenerator items = new ItemGenerator();
  private final ProblemReader reader;
  private final TaskSolver solver;

  public QuizGenerator(Course course, MathEngine engine) {
    this.course = course;
    this.reader = new ProblemReader(engine);
    this.solver = new TaskSolver(engine);
  }

  public QuizVariant forStudent(QuizSpec spec, String studentId, String studentLabel) {
    if (studentId == null || studentId.isBlank()) {
      throw new IllegalArgumentException("student id: required");
    }
    byte[] digest = sha256(spec.quizId() + "\u0000" + studentId);
    long seed = java.nio.ByteBuffer.wrap(digest).getLong();
    String code = HexFormat.of().withUpperCase().formatHex(digest, 0, 3);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<List<ItemTemplate>> pools = pools(spec);
    List<QuizItem> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < spec.count(); n++) {
      List<ItemTemplate> pool = pools.get(n % pools.size());
      Item item = null;
      // a skill with few distinct items may repeat one after MAX_REDRAWS tries; a repeat beats a shorter quiz
      for (int attempt = 0; attempt <= MAX_REDRAWS; attempt++) {
        item = items.generate(pool.get(rnd.nextInt(pool.size())), rnd.nextLong());
        if (seen.add(item.statement())) {
          break;
        }
      }
      Answer answer = solver.solve(reader.read(item.statement()));
      out.add(new QuizItem(
          n + 1, item.skillId(), item.templateId(), item.seed(), item.statement(), answer.expected(),
          answer.kind().name().toLowerCase(java.util.Locale.ROOT),
          answer.requirement() == null ? null : answer.requirement().wireName()));
    }
    return new QuizVariant(spec.quizId(), spec.title(), code, studentLabel, out);
  }

  /** For each skill, its templates at the asked difficulty (or all of them when it has none at that level). */
  private List<List<ItemTemplate>> pools(QuizSpec spec) {
    List<List<ItemTemplate>> pools = new ArrayList<>();
    for (String skill : spec.skillIds()) {
      if (course.skills().skill(skill).isEmpty()) {
        throw new IllegalArgumentException("skills: unknown skill '" + skill + "'");
      }
      List<ItemTemplate> all = course.templatesOf(skill);
      if (all.isEmpty()) {
        throw new IllegalArgumentException("skills: skill '" + skill + "' has no item templates yet");
      }
      List<ItemTemplate> level = all.stream().filter(t -> spec.difficulty().admits(t.difficulty())).toList();
      pools.add(level.isEmpty() ? all : level);
    }
    return pools;
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
