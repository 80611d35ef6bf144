package org.stepwise.teacher.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.Skill;
import org.stepwise.content.problem.Answer;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;
import org.stepwise.teacher.lesson.LessonPlan.Problem;
import org.stepwise.teacher.lesson.LessonPlan.WarmUpTask;
import org.stepwise.teacher.text.MisconceptionGuide;
import org.stepwise.teacher.text.Phrases;

/**
 * Builds a lesson plan for a skill from a class's data, without a model: objectives from the skill's description
 * and standards, a warm-up of "what went wrong?" tasks aimed at the class's most frequent misconceptions (items
 * whose typical wrong answer shows that misconception, from this skill or the skills it builds on), a worked
 * example, a practice set whose difficulty follows the class's mastery, and a three-item exit ticket. Items come from
 * the course templates; every answer is computed by the math engine.
 */
public final class LessonPlanner {

  public static final int WARM_UP_MISCONCEPTIONS = 3;
  public static final int PRACTICE_ITEMS = 6;
  private static final int MAX_DRAWS = 30;

  private final Course course;
  private final ItemGenerator generator = new ItemGenerator();
  private final ProblemReader reader;
  private final TaskSolver solver;
  private final MisconceptionGuide guide;
  private final PolishGuard polish;
  private final Phrases phrases = Phrases.load("/teacher/lesson-plan.yaml");

  public LessonPlanner(Course course, MathEngine engine, MisconceptionGuide guide, Polisher polisher) {
    this.course = course;
    this.reader = new ProblemReader(engine);
    this.solver = new TaskSolver(engine);
    this.guide = guide;
    this.polish = new PolishGuard(polisher);
  }

  public LessonPlan plan(String skillId, ClassSnapshot data, long seed) {
    Skill skill = course.skills().skill(skillId)
        .orElseThrow(() -> new IllegalArgumentException("skill: unknown skill '" + skillId + "'"));
    List<ItemTemplate> templates = course.templatesOf(skillId);
    if (templates.isEmpty()) {
      throw new IllegalArgumentException("skill: '" + skillId + "' has no item templates yet");
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    Set<String> used = new HashSet<>();
    List<Map.Entry<String, Integer>> top = data.misconceptionCounts().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(WARM_UP_MISCONCEPTIONS)
        .toList();

    List<String> objectives = new ArrayList<>();
    objectives.add(phrases.fill("objective_skill", Map.of("description", lowerFirst(skill.description()))));
    objectives.add(phrases.fill("objective_standards", Map.of("standards", String.join(", ", skill.standards()))));
    if (!top.isEmpty()) {
      objectives.add(phrases.fill("objective_misconception",
          Map.of("misconception", lowerFirst(guide.get(top.get(0).getKey()).name()))));
    }
    ClassSnapshot.MasteryDistribution m = data.mastery();
    if (!skill.prerequisites().isEmpty() && m.notStarted() * 3 >= Math.max(1, m.students())) {
      objectives.add(phrases.fill("objective_prerequisite", Map.of("prerequisites", names(skill.prerequisites()))));
    }

    List<WarmUpTask> warmUp = new ArrayList<>();
    for (Map.Entry<String, Integer> e : top) {
      findMistake(skill, e.getKey(), e.getValue(), rnd, used).ifPresent(warmUp::add);
    }
    List<String> notes = new ArrayList<>();
    if (warmUp.isEmpty()) {
      notes.add(phrases.fill("note_no_data", Map.of()));
      List<String> review = skill.prerequisites().isEmpty() ? List.of(skillId) : skill.prerequisites();
      for (String p : review.subList(0, Math.min(3, review.size()))) {
        Item item = draw(course.templatesOf(p), 1, rnd, used);
        if (item != null) {
          warmUp.add(new WarmUpTask(null, null, 0, phrases.fill("warm_up_review_prompt",
              Map.of("statement", item.statement())), item.statement(), null, answer(item.statement())));
        }
      }
    }

    Item exampleSource = draw(templates, 2, rnd, new HashSet<>());
    Item.WorkedExample we = exampleSource.workedExample();
    used.add(we.statement());
    LessonPlan.WorkedExample worked =
        new LessonPlan.WorkedExample(we.statement(), we.steps(), answer(we.statement()));

    List<Problem> practice = problems(templates, practiceLevels(m), rnd, used);
    List<Problem> exit = problems(templates, List.of(1, 2, 3), rnd, used);

    for (Map.Entry<String, Integer> e : top) {
      MisconceptionGuide.Entry g = guide.get(e.getKey());
      notes.add(phrases.fill("note_misconception", Map.of("count", e.getValue(),
          "misconception", lowerFirst(g.name()), "mini_lesson", g.miniLesson())));
    }
    if (m.students() > 0) {
      notes.add(phrases.fill("note_mastery", Map.of("mastered", m.mastered(), "students", m.students(),
          "nearly", m.nearlyThere(), "learning", m.learning(), "not_started", m.notStarted())));
      List<String> next = course.skills().dependents(skillId);
      if (m.mastered() > 0 && !next.isEmpty()) {
        notes.add(phrases.fill("note_extension", Map.of("next", names(next.subList(0, Math.min(2, next.size()))))));
      }
    }
    notes.add(phrases.fill("note_exit_ticket", Map.of()));

    return new LessonPlan(skillId, skill.name(), skill.grade(), skill.standards(),
        objectives.stream().map(polish::apply).toList(), warmUp, worked, practice, exit,
        notes.stream().map(polish::apply).toList());
  }

  /** A class that is mostly still learning practises easier items; a class that is mostly there, harder ones. */
  static List<Integer> practiceLevels(ClassSnapshot.MasteryDistribution m) {
    int n = Math.max(1, m.students());
    if ((m.notStarted() + m.learning()) * 2 > n) {
      return List.of(1, 1, 1, 2, 2, 3);
    }
    if ((m.nearlyThere() + m.mastered()) * 4 >= n * 3) {
      return List.of(2, 2, 3, 3, 3, 3);
    }
    return List.of(1, 2, 2, 2, 3, 3);
  }

  private Optional<WarmUpTask> findMistake(
      Skill skill, String label, int count, SplittableRandom rnd, Set<String> used) {
    // this skill first, then what it builds on, then the whole course
    List<String> order = new ArrayList<>();
    order.add(skill.id());
    List<String> prereqs = new ArrayList<>(course.skills().prerequisiteClosure(skill.id()));
    java.util.Collections.reverse(prereqs);
    order.addAll(prereqs);
    order.addAll(course.skills().topologicalOrder());
    for (String s : new java.util.LinkedHashSet<>(order)) {
      List<ItemTemplate> withLabel = course.templatesOf(s).stream()
          .filter(t -> t.wrongAnswers().stream().anyMatch(w -> w.misconception().equals(label)))
          .sorted(Comparator.comparingInt(ItemTemplate::difficulty))
          .toList();
      if (withLabel.isEmpty()) {
        continue;
      }
      Item item = draw(withLabel, 0, rnd, used);
      if (item == null) {
        continue;
      }
      String wrong = item.wrongAnswers().stream().filter(w -> w.misconception().equals(label)).findFirst()
          .orElseThrow().answer();
      return Optional.of(new WarmUpTask(label, guide.get(label).name(), count,
          phrases.fill("warm_up_prompt", Map.of("wrong", wrong, "statement", item.statement())),
          item.statement(), wrong, answer(item.statement())));
    }
    return Optional.empty();
  }

  private List<Problem> problems(List<ItemTemplate> templates, List<Integer> levels, SplittableRandom rnd,
      Set<String> used) {
    List<Problem> out = new ArrayList<>();
    for (int level : levels) {
      Item item = draw(templates, level, rnd, used);
      if (item != null) {
        Answer a = solve(item.statement());
        out.add(new Problem(out.size() + 1, item.difficulty(), item.statement(), a.expected(),
            a.kind().name().toLowerCase(java.util.Locale.ROOT),
            a.requirement() == null ? null : a.requirement().wireName()));
      }
    }
    return out;
  }

  /** An item at {@code level} (0: any; nearest level when the skill has none there) not used yet in this plan. */
  private Item draw(List<ItemTemplate> templates, int level, SplittableRandom rnd, Set<String> used) {
    if (templates.isEmpty()) {
      return null;
    }
    int best = templates.stream().mapToInt(t -> Math.abs(t.difficulty() - level)).min().orElse(0);
    List<ItemTemplate> pool = level == 0 ? templates
        : templates.stream().filter(t -> Math.abs(t.difficulty() - level) == best).toList();
    for (int i = 0; i < MAX_DRAWS; i++) {
      Item item = generator.generate(pool.get(rnd.nextInt(pool.size())), rnd.nextLong());
      if (used.add(item.statement())) {
        return item;
      }
    }
    return null;
  }

  private String answer(String statement) {
    return solve(statement).expected();
  }

  private Answer solve(String statement) {
    return solver.solve(reader.read(statement));
  }

  /** Skill names as titles in quotes, so names that contain "and" or "or" still read as a list. */
  private String names(List<String> skillIds) {
    List<String> names = new ArrayList<>();
    for (String id : skillIds) {
      names.add("“" + course.skills().skill(id).map(Skill::name).orElse(id) + "”");
    }
    return String.join(" and ", names);
  }

  private static String lowerFirst(String s) {
    if (s.isEmpty()) {
      return s;
    }
    // a clause inside a sentence template: no capital, no full stop of its own
    String t = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
