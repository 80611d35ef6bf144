package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnowledgeTracerTest {
  static final KtConfig FAST = new KtConfig(1e-4, 1e-6, 5, true, 150);

  /**
   * Synthetic students: each has an ability, each item a difficulty, each skill is learned with practice;
   * P(right) is logistic in ability − difficulty + learning so far.
   */
  static List<StudentSequence> synthetic(int students, long seed) {
    Random random = new Random(seed);
    int items = 200;
    double[] difficulty = new double[items];
    for (int i = 0; i < items; i++) {
      difficulty[i] = random.nextGaussian();
    }
    List<StudentSequence> out = new ArrayList<>();
    for (int s = 0; s < students; s++) {
      double ability = random.nextGaussian();
      int[] practice = new int[10];
      List<KtResponse> responses = new ArrayList<>();
      int length = 10 + random.nextInt(40);
      for (int t = 0; t < length; t++) {
        int item = random.nextInt(items);
        int skill = item % 10;
        double z = ability - difficulty[item] + 0.3 * practice[skill];
        boolean correct = random.nextDouble() < KnowledgeTracer.sigmoid(z);
        practice[skill]++;
        responses.add(new KtResponse(item, skill, new int[] {skill}, correct));
      }
      out.add(new StudentSequence(s, s % 5, responses));
    }
    return out;
  }

  @Test
  void learnsItemDifficultyAndStudentAbility() {
    List<StudentSequence> data = synthetic(1200, 1);
    KnowledgeTracer model = KnowledgeTracer.fit(data.subList(0, 1000), FAST);

    KnowledgeTracer.Evaluation e = model.evaluate(data.subList(1000, 1200));

    // The generating model's own AUC on such data is about 0.8; a model that ignored items and history
    // would score 0.5.
    assertThat(e.auc()).isGreaterThan(0.7);
    assertThat(e.rmse()).isLessThan(0.47);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 10, 25})
  void predictionsDoNotDependOnTheCurrentOrLaterAnswers(int cut) {
    List<StudentSequence> data = synthetic(300, 2);
    KnowledgeTracer model = KnowledgeTracer.fit(data, FAST);
    StudentSequence student = data.stream().filter(s -> s.responses().size() > cut + 5).findFirst().orElseThrow();
    double[] before = model.predict(student);

    // Flip the answer at the cut and everything after it, and change the later items and skills too.
    List<KtResponse> changed = new ArrayList<>(student.responses().subList(0, cut));
    Random random = new Random(cut);
    for (int t = cut; t < student.responses().size(); t++) {
      KtResponse r = student.responses().get(t);
      boolean keepItem = t == cut;
      int item = keepItem ? r.item() : random.nextInt(200);
      changed.add(new KtResponse(item, keepItem ? r.skillSet() : item % 10,
          keepItem ? r.skills() : new int[] {item % 10}, !r.correct()));
    }
    changed.add(new KtResponse(7, 7, new int[] {7}, true));
    double[] after = model.predict(new StudentSequence(student.student(), student.fold(), changed));

    for (int t = 0; t <= cut; t++) {
      assertThat(after[t]).as("prediction %d", t).isEqualTo(before[t]);
    }
    // And the history does matter: later predictions moved.
    boolean anyLaterChanged = false;
    for (int t = cut + 1; t < before.length; t++) {
      anyLaterChanged |= after[t] != before[t];
    }
    assertThat(anyLaterChanged).isTrue();
  }

  @Test
  void unseenItemsAndSkillsFallBackToTheirSkillAndHistory() {
    List<StudentSequence> data = synthetic(300, 3);
    KnowledgeTracer model = KnowledgeTracer.fit(data, FAST);
    StudentSequence stranger = new StudentSequence(1, 0,
        List.of(new KtResponse(5000, 900, new int[] {900}, true), new KtResponse(5001, 900, new int[] {900}, true)));

    double[] p = model.predict(stranger);

    assertThat(p).hasSize(2);
    assertThat(p[0]).isStrictlyBetween(0.0, 1.0);
    assertThat(p[1]).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void crossValidationOnlyScoresHeldOutTrainingStudents() {
    List<StudentSequence> data = synthetic(400, 4);
    int rows = data.stream().mapToInt(s -> s.responses().size()).sum();

    KnowledgeTracer.Evaluation e = KtCrossValidation.evaluate(data, FAST);

    assertThat(e.size()).isEqualTo(rows); // every training row predicted exactly once, out of fold
    assertThat(e.auc()).isGreaterThan(0.65);
  }
}
