package org.stepwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.content.Item;
import org.stepwise.content.ItemGenerator;
import org.stepwise.content.ItemTemplate;
import org.stepwise.math.MathException;
import org.stepwise.tutor.Tutor;
import org.stepwise.tutor.TutorRequest;

/**
 * The tutor panel is on every item page, so the tutor must be able to talk about every item the course generates:
 * otherwise the student only gets "I can't talk about this problem yet".
 */
class TutorPanelCoverageTest {

  @Test
  void theTutorReadsAnItemOfEveryBundledTemplate() {
    Tutor tutor = Tutor.standard();
    ItemGenerator generator = new ItemGenerator();
    List<String> unreadable = new ArrayList<>();
    int asked = 0;
    for (ItemTemplate t : TestItems.COURSE.templates()) {
      for (long seed : new long[] {1, 97, 20261123}) {
        Item item = generator.generate(t, seed);
        try {
          assertThat(tutor.reply(TutorRequest.of(item.statement(), "I need a hint")).reply()).isNotBlank();
        } catch (MathException e) {
          unreadable.add(t.id() + " '" + item.statement() + "': " + e.getMessage());
        }
        asked++;
      }
    }
    assertThat(asked).isGreaterThanOrEqualTo(3 * 180);
    assertThat(unreadable).as("items the tutor cannot discuss").isEmpty();
  }
}
