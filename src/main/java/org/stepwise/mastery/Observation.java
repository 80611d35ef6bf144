package org.stepwise.mastery;

/**
 * What the tutor saw when a student answered an item.
 *
 * @param skillId              the item's skill
 * @param difficulty           the item's difficulty level
 * @param correct              the final answer was right
 * @param hintUsed             a hint was shown before the answer
 * @param misconceptionSkillId the skill whose misconception work checking diagnosed in this answer, or null
 */
public record Observation(String skillId, int difficulty, boolean correct, boolean hintUsed,
    String misconceptionSkillId) {
  public Observation {
    if (skillId == null || skillId.isBlank()) {
      throw new IllegalArgumentException("an observation needs a skill id");
    }
  }

  public static Observation answer(String skillId, int difficulty, boolean correct) {
    return new Observation(skillId, difficulty, correct, false, null);
  }

  /** Right without help: the only kind of answer counted as evidence of mastery. */
  public boolean independentSuccess() {
    return correct && !hintUsed;
  }
}
