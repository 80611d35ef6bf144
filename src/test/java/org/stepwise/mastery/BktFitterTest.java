package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BktFitterTest {

  /** Draws answer sequences from a BKT process with known parameters. */
  static List<boolean[]> simulate(BktParams p, int students, int length, long seed) {
    Random random = new Random(seed);
    List<boolean[]> out = new ArrayList<>();
    for (int s = 0; s < students; s++) {
      boolean known = random.nextDouble() < p.pInit();
      boolean[] seq = new boolean[length];
      for (int t = 0; t < length; t++) {
        seq[t] = known ? random.nextDouble() >= p.pSlip() : random.nextDouble() < p.pGuess();
        if (known) {
          known = random.nextDouble() >= p.pForget();
        } else {
          known = random.nextDouble() < p.pLearn();
        }
      }
      out.add(seq);
    }
    return out;
  }

  static Stream<Arguments> truths() {
    return Stream.of(
        Arguments.of(new BktParams(0.3, 0.15, 0.1, 0.2, 0), 11L),
        Arguments.of(new BktParams(0.1, 0.3, 0.05, 0.25, 0), 12L),
        Arguments.of(new BktParams(0.5, 0.08, 0.15, 0.1, 0), 13L),
        Arguments.of(new BktParams(0.2, 0.2, 0.1, 0.15, 0), 14L));
  }

  @ParameterizedTest
  @MethodSource("truths")
  void emRecoversTheParametersSimulatedDataCameFrom(BktParams truth, long seed) {
    List<boolean[]> data = simulate(truth, 2000, 20, seed);

    BktParams fitted = BktFitter.standard().fit(data, BktParams.DEFAULT);

    assertThat(fitted.pInit()).isCloseTo(truth.pInit(), within(0.05));
    assertThat(fitted.pLearn()).isCloseTo(truth.pLearn(), within(0.05));
    assertThat(fitted.pSlip()).isCloseTo(truth.pSlip(), within(0.05));
    assertThat(fitted.pGuess()).isCloseTo(truth.pGuess(), within(0.05));
  }

  @Test
  void forgettingIsRecoveredWhenFitted() {
    BktParams truth = new BktParams(0.3, 0.2, 0.1, 0.2, 0.05);
    List<boolean[]> data = simulate(truth, 3000, 30, 21);

    BktParams fitted = new BktFitter(200, 1e-7, 0.3, 0.3, true).fit(data, BktParams.DEFAULT);

    assertThat(fitted.pForget()).isCloseTo(0.05, within(0.03));
    assertThat(fitted.pLearn()).isCloseTo(0.2, within(0.06));
  }

  @Test
  void guessAndSlipStayWithinTheirBounds() {
    // Answers unrelated to any learning: EM would like to explain them by guessing.
    Random random = new Random(5);
    List<boolean[]> noise = new ArrayList<>();
    for (int s = 0; s < 300; s++) {
      boolean[] seq = new boolean[15];
      for (int t = 0; t < seq.length; t++) {
        seq[t] = random.nextDouble() < 0.6;
      }
      noise.add(seq);
    }
    BktParams fitted = BktFitter.standard().fit(noise, BktParams.DEFAULT);
    assertThat(fitted.pGuess()).isLessThanOrEqualTo(0.3);
    assertThat(fitted.pSlip()).isLessThanOrEqualTo(0.3);
  }

  @Test
  void noDataKeepsTheStartingPoint() {
    assertThat(BktFitter.standard().fit(List.of(), BktParams.DEFAULT)).isEqualTo(BktParams.DEFAULT);
  }

  @Test
  void parametersMustBeProbabilitiesAndIdentifiable() {
    assertThatThrownBy(() -> new BktParams(1.2, 0.1, 0.1, 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BktParams(0.2, 0.1, 0.6, 0.5, 0)).hasMessageContaining("pSlip + pGuess");
    assertThatThrownBy(() -> new BktParams(Double.NaN, 0.1, 0.1, 0.1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void updatesFollowBayesRule() {
    BktParams p = new BktParams(0.5, 0.0, 0.1, 0.2, 0);
    // P(known | right) = 0.5*0.9 / (0.5*0.9 + 0.5*0.2) = 0.45 / 0.55
    assertThat(p.posterior(0.5, true)).isCloseTo(0.45 / 0.55, within(1e-12));
    assertThat(p.pCorrect(0.5)).isCloseTo(0.55, within(1e-12));
    BktParams learning = new BktParams(0.5, 0.3, 0.1, 0.2, 0);
    double post = learning.posterior(0.5, false);
    assertThat(learning.next(0.5, false)).isCloseTo(post + (1 - post) * 0.3, within(1e-12));
  }
}
