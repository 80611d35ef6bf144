package org.stepwise.mastery;

import java.util.Map;

/**
 * Settings of the adaptive policy.
 *
 * @param masteryThreshold        default P(mastery) at which a skill counts as mastered
 * @param thresholdOverrides      per-skill thresholds (e.g. stricter for gateway skills)
 * @param errorsBeforeRemediation consecutive wrong answers on a skill that send the student to a prerequisite
 * @param remediationChecks       items a prerequisite gets when routed to, even if believed mastered
 * @param maxRoutesPerSkill       times one skill may route to prerequisites (stops ping-pong)
 * @param firstReviewGap          items after mastery before the first review; doubles after each good review
 * @param maxItemsPerSkill        items on one skill without mastery before it is flagged as stuck
 * @param maxItems                the session's item budget
 */
public record PolicyConfig(double masteryThreshold, Map<String, Double> thresholdOverrides,
    int errorsBeforeRemediation, int remediationChecks, int maxRoutesPerSkill, int firstReviewGap,
    int maxItemsPerSkill, int maxItems) {
  public static final PolicyConfig DEFAULT = new PolicyConfig(0.97, Map.of(), 3, 2, 2, 10, 25, 300);

  public PolicyConfig {
    thresholdOverrides = Map.copyOf(thresholdOverrides);
    if (!(masteryThreshold > 0.5 && masteryThreshold < 1)
        || thresholdOverrides.values().stream().anyMatch(t -> !(t > 0.5 && t < 1))) {
      throw new IllegalArgumentException("mastery thresholds must be in (0.5, 1)");
    }
    if (errorsBeforeRemediation < 1 || remediationChecks < 1 || maxRoutesPerSkill < 0 || firstReviewGap < 1
        || maxItemsPerSkill < 1 || maxItems < 1) {
      throw new IllegalArgumentException("bad policy settings");
    }
  }

  public double threshold(String skillId) {
    return thresholdOverrides.getOrDefault(skillId, masteryThreshold);
  }

  public PolicyConfig withMaxItems(int items) {
    return new PolicyConfig(masteryThreshold, thresholdOverrides, errorsBeforeRemediation, remediationChecks,
        maxRoutesPerSkill, firstReviewGap, maxItemsPerSkill, items);
  }

  public PolicyConfig withThreshold(double t) {
    return new PolicyConfig(t, thresholdOverrides, errorsBeforeRemediation, remediationChecks, maxRoutesPerSkill,
        firstReviewGap, maxItemsPerSkill, maxItems);
  }
}
