package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdaptivePolicyTest {
  final SkillGraph graph = new SkillGraph(List.of(SkillSpec.of("F"), SkillSpec.of("A", "F"), SkillSpec.of("B", "A")));

  static AdaptivePolicy policy(SkillGraph graph, List<String> assigned, PolicyConfig config) {
    return new AdaptivePolicy(graph, assigned, config, new MasteryModel(id -> BktParams.DEFAULT));
  }

  /** Takes the next decision, which must be an item, and answers it. */
  static Decision.Practice answer(PracticePolicy p, boolean correct) {
    Decision d = p.next();
    assertThat(d).isInstanceOf(Decision.Practice.class);
    Decision.Practice practice = (Decision.Practice) d;
    p.record(Observation.answer(practice.skillId(), practice.difficulty(), correct));
    return practice;
  }

  @Test
  void startsWithTheAssignedSkillWhosePrerequisitesAreMet() {
    AdaptivePolicy p = policy(graph, List.of("B", "A"), PolicyConfig.DEFAULT);
    // B needs A, which is assigned and not mastered; F is outside the assignment and assumed.
    assertThat(p.next()).isEqualTo(new Decision.Practice("A", 1, Decision.Reason.LEARN));
  }

  @Test
  void repeatedErrorsRouteToThePrerequisiteAndComeBack() {
    AdaptivePolicy p = policy(graph, List.of("A"), PolicyConfig.DEFAULT);
    for (int i = 0; i < 3; i++) {
      assertThat(answer(p, false).skillId()).isEqualTo("A");
    }
    assertThat(p.next()).isEqualTo(new Decision.Practice("F", 1, Decision.Reason.REMEDIATE));
    for (int i = 0; i < 3; i++) {
      assertThat(answer(p, true)).extracting(Decision.Practice::skillId, Decision.Practice::reason)
          .containsExactly("F", Decision.Reason.REMEDIATE);
    }
    assertThat(p.isMastered("F")).isTrue();
    assertThat(p.next()).extracting(d -> ((Decision.Practice) d).skillId(), d -> ((Decision.Practice) d).reason())
        .containsExactly("A", Decision.Reason.LEARN);
  }

  @Test
  void aDiagnosedPrerequisiteMisconceptionRoutesAtOnce() {
    AdaptivePolicy p = policy(graph, List.of("A"), PolicyConfig.DEFAULT);
    p.next();
    p.record(new Observation("A", 1, false, false, "F"));

    assertThat(p.next()).isEqualTo(new Decision.Practice("F", 1, Decision.Reason.REMEDIATE));
  }

  @Test
  void aPrerequisiteBelievedMasteredIsCheckedBeforeReturning() {
    AdaptivePolicy p = policy(graph, List.of("A", "B"), PolicyConfig.DEFAULT);
    while (!p.isMastered("A")) {
      answer(p, true);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(answer(p, false).skillId()).isEqualTo("B");
    }
    // A is mastered, yet gets the configured number of check items.
    assertThat(answer(p, true)).extracting(Decision.Practice::skillId, Decision.Practice::reason)
        .containsExactly("A", Decision.Reason.REMEDIATE);
    assertThat(answer(p, true).skillId()).isEqualTo("A");
    assertThat(answer(p, true).skillId()).isEqualTo("B");
  }

  @Test
  void difficultyFollowsTheEstimate() {
    AdaptivePolicy p = policy(graph, List.of("A"), PolicyConfig.DEFAULT);
    assertThat(answer(p, true).difficulty()).isEqualTo(1); // P = 0.30
    assertThat(answer(p, true).difficulty()).isEqualTo(2); // P = 0.71
    assertThat(answer(p, true).difficulty()).isEqualTo(3); // P = 0.93
    assertThat(p.next()).isEqualTo(new Decision.Stop(Decision.StopReason.ALL_MASTERED));
  }

  @Test
  void theLeastMasteredSkillComesFirst() {
    SkillGraph g = new SkillGraph(List.of(SkillSpec.of("X"), SkillSpec.of("Y")));
    AdaptivePolicy p = policy(g, List.of("X", "Y"), PolicyConfig.DEFAULT);
    assertThat(answer(p, true).skillId()).isEqualTo("X");
    assertThat(answer(p, true).skillId()).isEqualTo("Y");
    assertThat(answer(p, false).skillId()).isEqualTo("X");
    assertThat(answer(p, true).skillId()).isEqualTo("X"); // X fell below Y
  }

  @Test
  void masteredSkillsComeBackForSpacedReviewWithGrowingGaps() {
    SkillGraph g = new SkillGraph(List.of(SkillSpec.of("X"), SkillSpec.of("Y", "X")));
    PolicyConfig noRouting = new PolicyConfig(0.95, Map.of(), 1000, 2, 2, 10, 1000, 300);
    AdaptivePolicy p = policy(g, List.of("X", "Y"), noRouting);
    for (int i = 0; i < 3; i++) {
      answer(p, true); // X mastered at item 3
    }
    assertThat(p.isMastered("X")).isTrue();
    List<Integer> reviewsAt = new ArrayList<>();
    for (int item = 4; item <= 60; item++) {
      Decision.Practice d = answerRightOn(p, "X");
      if (d.reason() == Decision.Reason.REVIEW) {
        reviewsAt.add(item);
      }
    }
    // First review 10 items after mastery, then gaps of 20 and 40 after right answers.
    assertThat(reviewsAt).containsExactly(14, 35);
  }

  /** Answers right on the given skill and wrong on any other (so those never end the session). */
  private static Decision.Practice answerRightOn(PracticePolicy p, String skill) {
    Decision.Practice d = (Decision.Practice) p.next();
    p.record(Observation.answer(d.skillId(), d.difficulty(), d.skillId().equals(skill)));
    return d;
  }

  @Test
  void aWrongReviewAnswerReopensTheSkill() {
    SkillGraph g = new SkillGraph(List.of(SkillSpec.of("X"), SkillSpec.of("Y", "X")));
    PolicyConfig noRouting = new PolicyConfig(0.95, Map.of(), 1000, 2, 2, 10, 1000, 300);
    AdaptivePolicy p = policy(g, List.of("X", "Y"), noRouting);
    for (int i = 0; i < 3; i++) {
      answer(p, true);
    }
    Decision.Practice d;
    do {
      d = answer(p, false);
    } while (d.reason() != Decision.Reason.REVIEW);

    assertThat(p.isMastered("X")).isFalse();
    assertThat(p.next()).isEqualTo(new Decision.Practice("X", 3, Decision.Reason.LEARN));
  }

  @Test
  void aStudentWhoNeverGetsItRightStopsAsStuckNotForever() {
    PolicyConfig config = PolicyConfig.DEFAULT;
    AdaptivePolicy p = policy(graph, List.of("A", "B"), config);
    int items = 0;
    while (p.next() instanceof Decision.Practice) {
      answer(p, false);
      items++;
    }
    assertThat(p.next()).isEqualTo(new Decision.Stop(Decision.StopReason.STUCK));
    // Three errors on A send the student to F; F hits its item limit and is flagged; A, which needs F, waits
    // for the teacher instead of burning its own 25 items.
    assertThat(p.stuckSkills()).containsExactly("F");
    assertThat(items).isEqualTo(config.errorsBeforeRemediation() + config.maxItemsPerSkill());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void everySessionEndsWithinItsBudget(long seed) {
    Random random = new Random(seed);
    List<SkillSpec> specs = new ArrayList<>();
    int n = 2 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      List<String> prereqs = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        if (random.nextDouble() < 0.3) {
          prereqs.add("s" + j);
        }
      }
      specs.add(new SkillSpec("s" + i, prereqs, List.of(1, 2, 3)));
    }
    SkillGraph g = new SkillGraph(specs);
    List<String> assigned = specs.stream().map(SkillSpec::id).filter(id -> random.nextBoolean()).toList();
    if (assigned.isEmpty()) {
      assigned = List.of("s0");
    }
    PolicyConfig config = PolicyConfig.DEFAULT.withMaxItems(60 + random.nextInt(200));
    double pRight = random.nextDouble();
    AdaptivePolicy p = policy(g, assigned, config);
    int decisions = 0;
    while (p.next() instanceof Decision.Practice d) {
      boolean misconception = random.nextDouble() < 0.1;
      List<String> pre = g.skill(d.skillId()).prerequisites();
      p.record(new Observation(d.skillId(), d.difficulty(), random.nextDouble() < pRight, random.nextDouble() < 0.1,
          misconception && !pre.isEmpty() ? pre.get(random.nextInt(pre.size())) : null));
      decisions++;
      assertThat(decisions).isLessThanOrEqualTo(config.maxItems());
    }
    Predicate<String> mastered = p::isMastered;
    Decision.Stop stop = (Decision.Stop) p.next();
    if (stop.reason() == Decision.StopReason.ALL_MASTERED) {
      assertThat(assigned).allMatch(mastered);
    } else if (stop.reason() == Decision.StopReason.STUCK) {
      assertThat(p.stuckSkills()).isNotEmpty();
    }
  }
}
