package org.stepwise.mastery.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.stepwise.mastery.AdaptivePolicy;
import org.stepwise.mastery.BktParams;
import org.stepwise.mastery.Decision;
import org.stepwise.mastery.FixedOrderPolicy;
import org.stepwise.mastery.MasteryModel;
import org.stepwise.mastery.Observation;
import org.stepwise.mastery.PolicyConfig;
import org.stepwise.mastery.PracticePolicy;
import org.stepwise.mastery.SkillGraph;

/**
 * Runs a population of simulated learners through a policy and measures it against their true skill states.
 * Learner {@code i} is drawn from seed {@code seed + i}, so both policies meet the same learners.
 */
public final class PolicySimulation {
  private final SkillGraph graph;
  private final List<String> assigned;
  private final LearnerPopulation population;
  private final PolicyConfig config;

  public PolicySimulation(SkillGraph graph, List<String> assigned, LearnerPopulation population,
      PolicyConfig config) {
    this.graph = graph;
    this.assigned = List.copyOf(assigned);
    this.population = population;
    this.config = config;
  }

  public enum Kind { ADAPTIVE, FIXED_ORDER }

  /**
   * Figures of one policy over the population.
   *
   * @param itemsToMastery    mean items until every assigned skill was truly known at once (censored at the budget)
   * @param reachedMastery    share of learners who truly knew every assigned skill at some point
   * @param itemsUsed         mean session length
   * @param falseMasteryRate  share of mastery declarations made while the learner did not know the skill
   * @param declarations      number of mastery declarations
   * @param knownAtEnd        share of assigned skills truly known when the session ended
   * @param falseAtEnd        share of the skills shown as mastered at the end that the learner did not know
   * @param stops             how sessions ended
   */
  public record Result(double itemsToMastery, double reachedMastery, double itemsUsed, double falseMasteryRate,
      long declarations, double knownAtEnd, double falseAtEnd, Map<Decision.StopReason, Integer> stops) {}

  public Result run(Kind kind, int learners, long seed) {
    double toMastery = 0;
    int reached = 0;
    double used = 0;
    long declarations = 0;
    long falseDeclarations = 0;
    double knownAtEnd = 0;
    long shownMastered = 0;
    long shownButUnknown = 0;
    Map<Decision.StopReason, Integer> stops = new EnumMap<>(Decision.StopReason.class);
    for (int i = 0; i < learners; i++) {
      Random random = new Random(seed + i);
      SimulatedLearner learner = population.draw(graph, assigned, random);
      MasteryModel model = new MasteryModel(modelParams());
      PracticePolicy policy = kind == Kind.ADAPTIVE
          ? new AdaptivePolicy(graph, assigned, config, model)
          : new FixedOrderPolicy(graph, assigned, config, model);
      int items = 0;
      int masteredAt = allKnown(learner) ? 0 : -1;
      while (true) {
        Decision d = policy.next();
        if (d instanceof Decision.Stop stop) {
          stops.merge(stop.reason(), 1, Integer::sum);
          break;
        }
        if (items > config.maxItems()) {
          throw new IllegalStateException("policy ignored its item budget");
        }
        Decision.Practice p = (Decision.Practice) d;
        boolean wasMastered = policy.isMastered(p.skillId());
        SimulatedLearner.Answer a = learner.attempt(p.skillId());
        policy.record(new Observation(p.skillId(), p.difficulty(), a.correct(), false, a.diagnosedPrerequisite()));
        items++;
        if (!wasMastered && policy.isMastered(p.skillId())) {
          declarations++;
          if (!learner.knows(p.skillId())) {
            falseDeclarations++;
          }
        }
        if (masteredAt < 0 && allKnown(learner)) {
          masteredAt = items;
        }
      }
      used += items;
      if (masteredAt >= 0) {
        reached++;
        toMastery += masteredAt;
      } else {
        toMastery += config.maxItems();
      }
      knownAtEnd += assigned.stream().filter(learner::knows).count() / (double) assigned.size();
      for (String id : assigned) {
        if (policy.isMastered(id)) {
          shownMastered++;
          shownButUnknown += learner.knows(id) ? 0 : 1;
        }
      }
    }
    return new Result(toMastery / learners, reached / (double) learners, used / learners,
        declarations == 0 ? 0 : falseDeclarations / (double) declarations, declarations, knownAtEnd / learners,
        shownMastered == 0 ? 0 : shownButUnknown / (double) shownMastered, stops);
  }

  private Function<String, BktParams> modelParams() {
    BktParams assignedParams = population.modelParams(false);
    BktParams foundationParams = population.modelParams(true);
    return id -> assigned.contains(id) ? assignedParams : foundationParams;
  }

  private boolean allKnown(SimulatedLearner learner) {
    return assigned.stream().allMatch(learner::knows);
  }

  /**
   * The simulated course: three foundation skills the class is assumed to have and nine assigned skills
   * that build on them and on each other (the shape of a pre-algebra → linear-equations unit).
   */
  public static SkillGraph demoCourse() {
    return new SkillGraph(List.of(
        org.stepwise.mastery.SkillSpec.of("F1"),
        org.stepwise.mastery.SkillSpec.of("F2"),
        org.stepwise.mastery.SkillSpec.of("F3"),
        org.stepwise.mastery.SkillSpec.of("A1", "F1"),
        org.stepwise.mastery.SkillSpec.of("A2", "F1", "F2"),
        org.stepwise.mastery.SkillSpec.of("A3", "A1"),
        org.stepwise.mastery.SkillSpec.of("A4", "A2", "F3"),
        org.stepwise.mastery.SkillSpec.of("A5", "A3", "A4"),
        org.stepwise.mastery.SkillSpec.of("A6", "A5"),
        org.stepwise.mastery.SkillSpec.of("A7", "A4"),
        org.stepwise.mastery.SkillSpec.of("A8", "A6", "A7"),
        org.stepwise.mastery.SkillSpec.of("A9", "F3")));
  }

  public static List<String> demoAssignment() {
    return List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9");
  }
}
