package org.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the shipped course as a whole: size, the skills graph, every skill's templates, and 50
 * generated items of every template (fixed seeds) checked for degenerate cases. Failures list every
 * offending item, so one run shows all the content that needs fixing.
 */
class ContentValidationTest {

  static final int ITEMS_PER_TEMPLATE = 50;

  static Course course;

  @BeforeAll
  static void load() {
    course = ContentLoader.loadBundled();
  }

  @Test
  void theCourseIsLargeEnough() {
    assertThat(course.skills().size()).isGreaterThanOrEqualTo(60);
    assertThat(course.templates()).hasSizeGreaterThanOrEqualTo(180);
  }

  @Test
  void prerequisitesExistAndComeFirst() {
    List<String> order = course.skills().topologicalOrder();
    assertThat(new HashSet<>(order)).isEqualTo(course.skills().ids());
    for (String id : order) {
      Skill s = course.skills().skill(id).orElseThrow();
      for (String p : s.prerequisites()) {
        assertThat(order.indexOf(p)).as("%s before %s", p, id).isLessThan(order.indexOf(id));
      }
    }
  }

  @Test
  void everySkillHasThreeDifficultiesStandardsHintsAndWorkedExamples() {
    List<String> problems = new ArrayList<>();
    for (String id : course.skills().ids()) {
      Skill s = course.skills().skill(id).orElseThrow();
      List<ItemTemplate> ts = course.templatesOf(id);
      Set<Integer> levels = ts.stream().map(ItemTemplate::difficulty).collect(Collectors.toSet());
      if (ts.size() < 3 || !levels.equals(Set.of(1, 2, 3))) {
        problems.add(id + ": needs >= 3 templates over difficulties 1-3, has " + ts.size() + " over " + levels);
      }
      if (s.standards().isEmpty()) {
        problems.add(id + ": no standards");
      }
      for (ItemTemplate t : ts) {
        if (t.hints().size() + 1 < 3 || t.steps().size() < 2 || t.examples().isEmpty()) {
          problems.add(t.id() + ": needs a 3-rung hint ladder and a worked example");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTemplateGeneratesFiftySoundItems() {
    ItemGenerator gen = new ItemGenerator();
    List<String> problems = new ArrayList<>();
    for (ItemTemplate t : course.templates()) {
      Set<String> statements = new TreeSet<>();
      for (long seed = 1; seed <= ITEMS_PER_TEMPLATE; seed++) {
        try {
          Item item = gen.generate(t, seed);
          statements.add(item.statement());
          problems.addAll(ItemLint.problems(item));
          if (item.hints().size() < 3) {
            problems.add(t.id() + ": hint ladder shorter than 3 rungs");
          }
        } catch (ContentException e) {
          problems.addAll(e.problems());
        }
      }
      // A template that keeps producing the same few items gives no real practice.
      if (statements.size() < 10) {
        problems.add(t.id() + ": only " + statements.size() + " distinct statements in "
            + ITEMS_PER_TEMPLATE + " items");
      }
    }
    assertThat(problems).isEmpty();
  }
}
