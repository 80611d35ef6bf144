package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasteryModelTest {
  final MasteryModel model = new MasteryModel(id -> BktParams.DEFAULT);

  @Test
  void rightAnswersRaiseMasteryAndWrongOnesLowerIt() {
    double start = model.mastery("x");
    model.observe(Observation.answer("x", 2, true));
    double afterRight = model.mastery("x");
    model.observe(Observation.answer("x", 2, false));

    assertThat(start).isEqualTo(BktParams.DEFAULT.pInit());
    assertThat(afterRight).isGreaterThan(start);
    assertThat(model.mastery("x")).isLessThan(afterRight);
  }

  @Test
  void aHintedRightAnswerIsNotEvidenceOfMastery() {
    MasteryModel unaided = new MasteryModel(id -> BktParams.DEFAULT);
    unaided.observe(Observation.answer("x", 1, true));
    model.observe(new Observation("x", 1, true, true, null));

    assertThat(model.mastery("x")).isLessThan(unaided.mastery("x"));
  }

  @Test
  void aDiagnosedMisconceptionLowersThePrerequisite() {
    double before = model.mastery("fractions");
    model.observe(new Observation("equations", 2, false, false, "fractions"));

    assertThat(model.mastery("fractions")).isLessThan(before);
  }
}
