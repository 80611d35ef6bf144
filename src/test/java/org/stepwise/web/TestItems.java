package org.stepwise.web;

import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.content.problem.ProblemReader;
import org.stepwise.content.problem.TaskSolver;
import org.stepwise.math.MathEngine;

/** Items of the bundled course for API tests: what the server will generate for (template, seed), and its answer. */
final class TestItems {
  static final Course COURSE = ContentLoader.loadBundled();

  /** A generated item with its template and the engine's answer. */
  record Generated(ItemTemplate template, Item item, String rightAnswer) {
    String json(String answer) {
      return "{\"skillId\":\"" + template.skill() + "\",\"templateId\":\"" + template.id() + "\",\"itemSeed\":"
          + item.seed() + ",\"answer\":\"" + answer + "\",\"hintsUsed\":1}";
    }
  }

  private TestItems() {}

  static Generated of(String skillId, long seed) {
    ItemTemplate t = COURSE.templatesOf(skillId).get(0);
    Item item = new ItemGenerator().generate(t, seed);
    String right = new TaskSolver(MathEngine.standard())
        .solve(new ProblemReader(MathEngine.standard()).read(item.statement())).expected();
    return new Generated(t, item, right);
  }
}
