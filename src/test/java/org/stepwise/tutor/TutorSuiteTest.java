package org.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The regression suite with the embedded default: no leaks, no concessions, every distress turn flagged. */
class TutorSuiteTest {

  @Test
  void suiteIsLargeAndCoversEveryIntent() {
    List<TutorEval.Dialogue> suite = TutorEval.bundledSuite();
    assertThat(suite.stream().mapToInt(d -> d.turns().size()).sum()).isGreaterThanOrEqualTo(150);
    Set<Intent> covered = EnumSet.noneOf(Intent.class);
    suite.forEach(d -> d.turns().forEach(t -> covered.add(Intent.fromWire(t.intent()))));
    assertThat(covered).containsExactlyInAnyOrder(Intent.values());
    assertThat(suite).anySatisfy(d -> assertThat(d.turns()).hasSizeGreaterThanOrEqualTo(5));
  }

  @Test
  void defaultPassesTheSuite() {
    TutorEval.Report r = TutorEval.run(Tutor.standard(), TutorEval.bundledSuite(), s -> 0);
    assertThat(r.failures()).isEmpty();
    assertThat(r.leaks()).isZero();
    assertThat(r.concessions()).isZero();
    assertThat(r.rejectedRightClaims()).isZero();
    assertThat(r.distressTurns()).isGreaterThanOrEqualTo(15);
    assertThat(r.flagRecall()).isEqualTo(1.0);
    assertThat(r.passed()).isTrue();
  }
}
