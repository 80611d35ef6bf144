package org.stepwise.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;

/**
 * Finds the item a stored attempt answered. Attempts keep the skill, seed and statement but not the template, so the
 * item is regenerated from each template of the skill with that seed and recognised by its statement. This gives the
 * dashboard the item's hint ladder and the misconception a wrong answer reveals (when it is one of the template's
 * typical wrong answers), without storing anything new.
 */
final class TeacherToolsItems {
  /**
   * Regenerating is cheap but not free; a bounded cache keeps a 10-second refresh from redoing the same work. It
   * holds only what the dashboard uses (a few hundred bytes an item), so 20,000 entries stay within a few MB.
   */
  private static final int CACHE_LIMIT = 20_000;

  /** What the dashboard needs of an item: the rungs of its hint ladder and its typical wrong answers. */
  record Known(int rungs, java.util.List<Item.WrongAnswer> wrongAnswers) {

    /** The misconception a wrong answer reveals, when it is one of the item's typical wrong answers. */
    String misconception(String answer) {
      String given = squash(answer);
      return wrongAnswers.stream().filter(w -> squash(w.answer()).equals(given))
          .map(Item.WrongAnswer::misconception).findFirst().orElse(null);
    }
  }

  private final Course course;
  private final ItemGenerator generator = new ItemGenerator();
  private final Map<String, Optional<Known>> cache = new ConcurrentHashMap<>();

  TeacherToolsItems(Course course) {
    this.course = course;
  }

  Optional<Known> find(String skillId, long seed, String statement) {
    String key = skillId + '\u0000' + seed + '\u0000' + statement;
    Optional<Known> hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    Optional<Known> found = Optional.empty();
    for (ItemTemplate t : course.templatesOf(skillId)) {
      try {
        Item item = generator.generate(t, seed);
        if (item.statement().equals(statement)) {
          // the hint ladder on the practice page: the item's hints, then the worked example
          found = Optional.of(new Known(item.hints().size() + 1, item.wrongAnswers()));
          break;
        }
      } catch (RuntimeException e) {
        // a seed another generator produced (e.g. the demo's own items) need not fit every template
      }
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(key, found);
    return found;
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
