package org.stepwise.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.stepwise.mastery.PolicyConfig;
import org.stepwise.mastery.sim.LearnerPopulation;
import org.stepwise.mastery.sim.PolicySimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise simulate}: runs simulated learners through the adaptive mastery policy and the fixed-order
 * baseline and prints the figures as one JSON object.
 */
@Command(name = "simulate", description = "Compare the mastery policy with a fixed-order baseline on simulated learners.")
public final class SimulateCommand implements Callable<Integer> {
  static final int MAX_LEARNERS = 100_000;

  @Option(names = "--learners", defaultValue = "2000", description = "Simulated learners (1..100000).")
  int learners;

  @Option(names = "--seed", defaultValue = "20261123", description = "Random seed.")
  long seed;

  @Override
  public Integer call() {
    if (learners < 1 || learners > MAX_LEARNERS) {
      System.err.println("simulate: --learners must be 1.." + MAX_LEARNERS);
      return 2;
    }
    long start = System.nanoTime();
    PolicySimulation sim = new PolicySimulation(PolicySimulation.demoCourse(), PolicySimulation.demoAssignment(),
        LearnerPopulation.DEFAULT, PolicyConfig.DEFAULT);
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("learners", learners);
    out.put("seed", seed);
    out.set("population", json.valueToTree(LearnerPopulation.DEFAULT));
    out.set("policy_config", json.valueToTree(PolicyConfig.DEFAULT));
    for (PolicySimulation.Kind kind : PolicySimulation.Kind.values()) {
      PolicySimulation.Result r = sim.run(kind, learners, seed);
      ObjectNode node = out.putObject(kind.name().toLowerCase());
      node.put("items_to_mastery", round(r.itemsToMastery()));
      node.put("reached_mastery", round(r.reachedMastery()));
      node.put("items_used", round(r.itemsUsed()));
      node.put("false_mastery_rate", round(r.falseMasteryRate()));
      node.put("declarations", r.declarations());
      node.put("known_at_end", round(r.knownAtEnd()));
      node.put("false_mastery_at_end", round(r.falseAtEnd()));
      node.set("stops", json.valueToTree(r.stops()));
    }
    out.put("seconds", round((System.nanoTime() - start) / 1e9));
    System.out.println(out);
    return 0;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
