package org.stepwise.work.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every detection rule, by id. The order is the order of preference when two faulty steps explain the same line:
 * a specific story (a product of two negatives) before a more general one (a sign lost while substituting).
 */
public final class RuleRegistry {

  private final Map<String, MisconceptionRule> byId = new LinkedHashMap<>();

  private RuleRegistry(List<MisconceptionRule> rules) {
    for (MisconceptionRule r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalStateException("two rules with id " + r.id());
      }
    }
  }

  /** The standard rules, in order of preference. */
  public static RuleRegistry standard() {
    return new RuleRegistry(List.of(
        // steps on whole equations and inequalities
        EquationRules.moveTermKeepSign(),
        EquationRules.keepInequalityDirection(),
        EquationRules.divideByVariable(),
        SolutionRules.keepPositiveRoot(),
        SolutionRules.rootSignFlipped(),
        EquationRules.wrongInverse(),
        EquationRules.divideSingleTerm(),
        EquationRules.multiplySingleTerm(),
        SystemRules.combineEquationsMixedSigns(),
        // brackets and terms
        DistributionRules.negateFirstTermOnly(),
        DistributionRules.distributeFirstOnly(),
        DistributionRules.multiplyFirstsAndLasts(),
        PowerRules.squareEachTerm(),
        DistributionRules.mergeUnlikeTerms(),
        TaskRules.factorWithFlippedSigns(),
        // exponents
        PowerRules.powerToOneFactor(),
        PowerRules.multiplyExponentsWhenMultiplying(),
        PowerRules.addExponentsOfPower(),
        ArithmeticRules.zeroPowerZero(),
        ArithmeticRules.negativePowerNegates(),
        // fractions
        FractionRules.addAcross(),
        FractionRules.multiplyFractionsCrosswise(),
        FractionRules.divideFractionsStraight(),
        FractionRules.cancelCommonTerm(),
        ArithmeticRules.mixedToImproperAdd(),
        // signed numbers and order of operations
        ArithmeticRules.squareNegativeAsNegative(),
        ArithmeticRules.productOfNegativesNegative(),
        TaskRules.substituteAbsoluteValue(),
        ArithmeticRules.minusNegativeStaysMinus(),
        ArithmeticRules.subtractSmallerFromLarger(),
        ArithmeticRules.leftToRight(),
        ArithmeticRules.sqrtEachTerm(),
        TaskRules.runOverRise(),
        // the most general story last: it explains any line that lost exactly the constant term
        TaskRules.dropConstantTerm()));
  }

  public Optional<MisconceptionRule> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All rules in order of preference. */
  public List<MisconceptionRule> all() {
    return List.copyOf(byId.values());
  }
}
