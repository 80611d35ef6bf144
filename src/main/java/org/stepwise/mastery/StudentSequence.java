package org.stepwise.mastery;

import java.util.List;

/**
 * One student's responses in chronological order.
 *
 * @param student   an opaque student index (never a name)
 * @param fold      cross-validation fold in {@code 0..4} (students, not rows, are split)
 * @param responses in the order they were given
 */
public record StudentSequence(int student, int fold, List<KtResponse> responses) {
  public StudentSequence {
    if (fold < 0 || fold > 4) {
      throw new IllegalArgumentException("fold must be in 0..4, was " + fold);
    }
    responses = List.copyOf(responses);
  }
}
