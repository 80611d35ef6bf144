package org.stepwise.mastery.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.stepwise.mastery.SkillGraph;
import org.stepwise.mastery.SkillSpec;

/**
 * A simulated learner whose true skill states are known. The process is BKT-like with per-learner rates:
 * an item on a skill the learner does not know teaches it with probability {@code pLearn}, but only when all
 * its prerequisites are truly known (no learning on a shaky foundation); answers slip and guess; known skills
 * are forgotten with a small probability per item. A wrong answer on a skill with an unknown prerequisite is,
 * with probability {@code pDiagnose}, recognised by work checking as that prerequisite's misconception.
 */
public final class SimulatedLearner {
  private final SkillGraph graph;
  private final Random random;
  private final Set<String> known = new HashSet<>();
  private final Map<String, Double> pLearn = new HashMap<>();
  private final double pSlip;
  private final double pGuess;
  private final double pForget;
  private final double pDiagnose;

  /** What the learner did on one item. */
  public record Answer(boolean correct, String diagnosedPrerequisite) {}

  SimulatedLearner(SkillGraph graph, Random random, Set<String> initiallyKnown, Map<String, Double> pLearn,
      double pSlip, double pGuess, double pForget, double pDiagnose) {
    this.graph = graph;
    this.random = random;
    this.known.addAll(initiallyKnown);
    this.pLearn.putAll(pLearn);
    this.pSlip = pSlip;
    this.pGuess = pGuess;
    this.pForget = pForget;
    this.pDiagnose = pDiagnose;
  }

  public boolean knows(String skillId) {
    return known.contains(skillId);
  }

  /** Answers an item, then learns (or not) from it; every other known skill may decay a little. */
  public Answer attempt(String skillId) {
    SkillSpec skill = graph.skill(skillId);
    boolean knew = known.contains(skillId);
    boolean correct = knew ? random.nextDouble() >= pSlip : random.nextDouble() < pGuess;
    String diagnosed = null;
    if (!correct) {
      for (String p : skill.prerequisites()) {
        if (!known.contains(p) && random.nextDouble() < pDiagnose) {
          diagnosed = p;
          break;
        }
      }
    }
    known.removeIf(s -> !s.equals(skillId) && random.nextDouble() < pForget);
    if (!knew && prerequisitesKnown(skill) && random.nextDouble() < pLearn.get(skillId)) {
      known.add(skillId);
    }
    return new Answer(correct, diagnosed);
  }

  private boolean prerequisitesKnown(SkillSpec skill) {
    return skill.prerequisites().stream().allMatch(known::contains);
  }
}
