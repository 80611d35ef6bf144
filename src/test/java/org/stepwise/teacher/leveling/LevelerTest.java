package org.stepwise.teacher.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelerTest {

  static final String ORIGINAL = "Photosynthesis transforms electromagnetic radiation into chemical energy, enabling"
      + " autotrophic organisms to synthesize carbohydrates from atmospheric carbon dioxide and water.";
  static final String GRADE_TWO = "Plants use the light that comes from the sun to make their food. They take in air"
      + " and water, and the food helps them grow tall.";
  static final String GRADE_SEVEN = "Plants capture energy from sunlight and use it to make their own food. They"
      + " combine carbon dioxide from the air with water, producing sugar that helps them grow.";

  /** A stand-in for a model: answers with the next canned text and records what it was told. */
  static final class CannedRewriter implements Rewriter {
    final List<String> answers;
    final List<String> feedback = new ArrayList<>();
    int calls;

    CannedRewriter(String... answers) {
      this.answers = List.of(answers);
    }

    @Override
    public String rewrite(String text, int targetGrade, String fb) {
      feedback.add(fb);
      return answers.get(Math.min(calls++, answers.size() - 1));
    }
  }

  @Test
  void theGradesOfTheCannedTextsAreWhatTheTestsAssume() {
    Readability r = new Readability();
    assertThat(r.measure(GRADE_TWO).fleschKincaidGrade()).isBetween(1.0, 3.0);
    assertThat(r.measure(GRADE_SEVEN).fleschKincaidGrade()).isBetween(6.0, 9.5);
    assertThat(r.measure(ORIGINAL).fleschKincaidGrade()).isGreaterThan(15.0);
  }

  @Test
  void acceptsAProposalWithinOneGrade() {
    double seven = new Readability().measure(GRADE_SEVEN).fleschKincaidGrade();
    int target = (int) Math.round(seven);
    CannedRewriter model = new CannedRewriter(GRADE_SEVEN);
    LevelingResult r = new Leveler(model, new Readability(), 3).level(ORIGINAL, target);
    assertThat(r.withinTarget()).isTrue();
    assertThat(r.text()).isEqualTo(GRADE_SEVEN);
    assertThat(r.attempts()).hasSize(1);
    assertThat(model.feedback).containsExactly("");
  }

  @Test
  void retriesWithTheMeasuredGradeUntilItFits() {
    double two = new Readability().measure(GRADE_TWO).fleschKincaidGrade();
    CannedRewriter model = new CannedRewriter(ORIGINAL, GRADE_TWO);
    LevelingResult r = new Leveler(model, new Readability(), 3).level(ORIGINAL, (int) Math.round(two));
    assertThat(r.withinTarget()).isTrue();
    assertThat(r.attempts()).hasSize(2);
    assertThat(model.feedback.get(1)).contains("measured grade").contains("shorter sentences");
  }

  @Test
  void saysSoAfterMaxAttemptsAndKeepsTheClosest() {
    CannedRewriter model = new CannedRewriter(ORIGINAL, GRADE_SEVEN, GRADE_SEVEN);
    LevelingResult r = new Leveler(model, new Readability(), 3).level(ORIGINAL, 2);
    assertThat(r.withinTarget()).isFalse();
    assertThat(model.calls).isEqualTo(3);
    assertThat(r.attempts()).hasSize(3);
    assertThat(r.text()).isEqualTo(GRADE_SEVEN);
    assertThat(r.message()).contains("No version came within one grade of 2 after 3 attempts");
  }

  @Test
  void aFailingModelIsReportedAndTheOriginalKept() {
    Rewriter down = (t, g, f) -> {
      throw new Rewriter.RewriteException("connection refused", null);
    };
    LevelingResult r = new Leveler(down, new Readability(), 3).level(ORIGINAL, 5);
    assertThat(r.withinTarget()).isFalse();
    assertThat(r.text()).isEqualTo(ORIGINAL);
    assertThat(r.message()).contains("connection refused");
  }

  @Test
  void anEmptyProposalIsNotAccepted() {
    CannedRewriter model = new CannedRewriter("", "");
    LevelingResult r = new Leveler(model, new Readability(), 2).level(ORIGINAL, 5);
    assertThat(r.withinTarget()).isFalse();
    assertThat(r.text()).isEqualTo(ORIGINAL);
    assertThat(model.feedback.get(1)).contains("could not be measured");
  }

  @Test
  void limits() {
    assertThatThrownBy(() -> new Leveler((t, g, f) -> t, new Readability(), 0)).hasMessageContaining("attempts");
    assertThatThrownBy(() -> new Leveler((t, g, f) -> t, new Readability(), 11)).hasMessageContaining("attempts");
    assertThatThrownBy(() -> new Leveler((t, g, f) -> t, new Readability(), 2).level(ORIGINAL, 0))
        .hasMessageContaining("target grade");
  }
}
