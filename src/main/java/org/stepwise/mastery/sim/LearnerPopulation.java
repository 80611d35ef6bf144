package org.stepwise.mastery.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.stepwise.mastery.BktParams;
import org.stepwise.mastery.SkillGraph;
import org.stepwise.mastery.SkillSpec;

/**
 * How simulated learners are drawn. Foundation skills (outside the assignment) are known with
 * {@code pFoundationKnown}; an assigned skill is known at the start with {@code pInit} when its prerequisites
 * are. Each learner has a speed multiplier (log-normal) on {@code pLearn}, and slip and guess drawn uniformly
 * around the means.
 */
public record LearnerPopulation(double pFoundationKnown, double pInit, double pLearn, double pSlip, double pGuess,
    double spread, double pForget, double pDiagnose) {
  public static final LearnerPopulation DEFAULT =
      new LearnerPopulation(0.75, 0.15, 0.2, 0.1, 0.2, 0.5, 0.001, 0.5);

  public SimulatedLearner draw(SkillGraph graph, List<String> assigned, Random random) {
    Set<String> known = new HashSet<>();
    for (String id : graph.topologicalOrder()) {
      SkillSpec s = graph.skill(id);
      boolean ready = s.prerequisites().stream().allMatch(known::contains);
      double p = assigned.contains(id) ? pInit : pFoundationKnown;
      if (ready && random.nextDouble() < p) {
        known.add(id);
      }
    }
    double speed = Math.exp(spread * random.nextGaussian());
    Map<String, Double> learn = new HashMap<>();
    for (String id : graph.topologicalOrder()) {
      learn.put(id, Math.min(0.9, pLearn * speed * Math.exp(0.2 * random.nextGaussian())));
    }
    double slip = pSlip * (0.5 + random.nextDouble());
    double guess = pGuess * (0.5 + random.nextDouble());
    return new SimulatedLearner(graph, random, known, learn, slip, guess, pForget, pDiagnose);
  }

  /** The BKT parameters a tutor would hold for this population: its averages (no forgetting modelled). */
  public BktParams modelParams(boolean foundation) {
    return new BktParams(foundation ? pFoundationKnown : pInit, pLearn, pSlip, pGuess, 0);
  }
}
