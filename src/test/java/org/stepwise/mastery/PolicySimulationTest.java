package org.stepwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.mastery.sim.LearnerPopulation;
import org.stepwise.mastery.sim.PolicySimulation;

class PolicySimulationTest {

  @Test
  void adaptivePolicyReachesMasteryFasterThanFixedOrderAndRarelyClaimsFalseMastery() {
    PolicySimulation sim = new PolicySimulation(PolicySimulation.demoCourse(), PolicySimulation.demoAssignment(),
        LearnerPopulation.DEFAULT, PolicyConfig.DEFAULT);

    PolicySimulation.Result adaptive = sim.run(PolicySimulation.Kind.ADAPTIVE, 600, 42);
    PolicySimulation.Result fixed = sim.run(PolicySimulation.Kind.FIXED_ORDER, 600, 42);

    assertThat(adaptive.itemsToMastery()).isLessThan(fixed.itemsToMastery());
    assertThat(adaptive.reachedMastery()).isGreaterThan(fixed.reachedMastery());
    assertThat(adaptive.falseMasteryRate()).isLessThan(0.05);
    assertThat(adaptive.declarations()).isGreaterThan(600); // the rate is over many claims, not a handful
  }

  @Test
  void learnersWhoKnowEverythingAreDeclaredMasteredQuicklyAndTruly() {
    LearnerPopulation experts = new LearnerPopulation(1.0, 1.0, 0.2, 0.05, 0.1, 0.0, 0.0, 0.5);
    PolicySimulation sim = new PolicySimulation(PolicySimulation.demoCourse(), PolicySimulation.demoAssignment(),
        experts, PolicyConfig.DEFAULT);

    PolicySimulation.Result r = sim.run(PolicySimulation.Kind.ADAPTIVE, 100, 7);

    assertThat(r.itemsToMastery()).isZero(); // they knew it all before the first item
    assertThat(r.falseMasteryRate()).isZero();
    assertThat(r.stops()).containsOnlyKeys(Decision.StopReason.ALL_MASTERED);
  }
}
