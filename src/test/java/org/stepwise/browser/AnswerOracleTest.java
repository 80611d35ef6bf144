package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.content.ContentLoader;
import org.stepwise.content.Course;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;

/**
 * The browser journeys answer whatever item the practice page shows, so the oracle must work for every template of
 * the bundled content: for a few seeds each, it finds a right answer the engine accepts and a wrong one it does not.
 */
class AnswerOracleTest {

  @Test
  void everyBundledTemplateGetsARightAndAWrongAnswer() {
    Course course = ContentLoader.loadBundled();
    ItemGenerator generator = new ItemGenerator();
    List<String> failures = new ArrayList<>();
    int items = 0;
    for (ItemTemplate t : course.templates()) {
      for (long seed = 1; seed <= 3; seed++) {
        String statement = generator.generate(t, seed).statement();
        items++;
        try {
          AnswerOracle.Answers a = AnswerOracle.forStatement(statement);
          assertThat(AnswerOracle.equivalent(statement, a.right())).isTrue();
          assertThat(AnswerOracle.equivalent(statement, a.wrong())).isFalse();
        } catch (RuntimeException | AssertionError e) {
          failures.add(t.id() + " seed " + seed + " '" + statement + "': " + e.getMessage());
        }
      }
    }
    assertThat(items).isGreaterThan(0);
    assertThat(failures).as("items the journeys could not answer, of " + items).isEmpty();
  }
}
